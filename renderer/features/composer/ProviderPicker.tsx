// Provider and model for the next message, as two native selects (keyboard and screen readers for
// free), with the provider's privacy facts beside them. Custom endpoints are listed after the built-ins.
import { useId } from 'react';
import { useKeys } from '../../state/stores';
import { defaultModelOf, type ProviderChoice } from './provider-choice';
import { ProviderFacts } from './ProviderFacts';
import { usePickableProviders } from './use-providers';

export interface ProviderPickerProps {
  choice: ProviderChoice;
  onChange: (choice: ProviderChoice) => void;
  disabled?: boolean;
}

export function ProviderPicker({ choice, onChange, disabled = false }: ProviderPickerProps) {
  const providerId = useId();
  const modelId = useId();
  const providers = usePickableProviders();
  const provider = providers.find((p) => p.id === choice.providerId);
  const hasKey = useKeys((s) => s.keys.some((k) => k.id === choice.providerId));
  if (!provider) return null;
  const needsKey = provider.apiKey === 'required' && !hasKey;
  return (
    <div className="picker" data-testid="provider-picker">
      <div className="picker__body">
        <div className="picker__selects">
          <label className="field" htmlFor={providerId}>
            <span className="field__label">Provider</span>
            <select
              id={providerId}
              className="select"
              value={choice.providerId}
              disabled={disabled}
              onChange={(e) => {
                const next = providers.find((p) => p.id === e.target.value);
                if (next) onChange({ providerId: next.id, model: defaultModelOf(next) });
              }}
              data-testid="provider-select"
            >
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={modelId}>
            <span className="field__label">Model</span>
            <select
              id={modelId}
              className="select"
              value={choice.model}
              disabled={disabled || provider.models.length < 2}
              onChange={(e) => onChange({ providerId: provider.id, model: e.target.value })}
              data-testid="model-select"
            >
              {provider.models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ProviderFacts provider={provider} />
        {needsKey ? (
          <p className="picker__hint" data-testid="needs-key">
            {provider.displayName} needs an API key: add one in Settings → API keys{provider.id.startsWith('custom-') ? ' or Settings → Providers' : ''}.
          </p>
        ) : null}
      </div>
    </div>
  );
}
