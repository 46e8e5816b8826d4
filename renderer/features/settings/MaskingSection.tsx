// Settings → Masking: the preset, per-type switches, your own terms and patterns, the allowlist
// and realistic surrogates. The core enforces exactly this configuration when sending, and the
// composer's live preview uses the same conversion (shared/contract/masking-options.ts).
import { useId } from 'react';
import { MASKING_LIMITS } from '../../../shared/contract/settings';
import { PRESET_NAMES, PRESETS, type PresetName } from '../../../shared/masking/index';
import { useSettings } from '../../state/stores';
import { InlineError } from '../../ui/InlineError';
import { CustomPatternEditor } from './CustomPatternEditor';
import { PRESET_LABELS } from './masking-labels';
import { MaskingTypeSwitches } from './MaskingTypeSwitches';
import { TermListEditor } from './TermListEditor';
import './settings.css';
import './masking.css';

export function MaskingSection() {
  const id = useId();
  const settings = useSettings((s) => s.settings);
  const setPreset = useSettings((s) => s.setMaskingPreset);
  const updateMasking = useSettings((s) => s.updateMasking);
  const saveError = useSettings((s) => (s.saveErrorArea === 'masking' ? s.saveError : null));
  const preset = settings?.maskingPreset ?? 'standard';
  return (
    <section className="settings-section" aria-labelledby={`${id}-t`} data-testid="masking-settings">
      <h3 id={`${id}-t`} className="settings-section__title">
        Masking
      </h3>
      <label className="field" htmlFor={`${id}-s`}>
        <span className="field__label">Preset</span>
        <select id={`${id}-s`} className="select" value={preset} onChange={(e) => void setPreset(e.target.value as PresetName)} data-testid="masking-preset">
          {PRESET_NAMES.map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <p className="facts__note" data-testid="masking-preset-description">
        {PRESETS[preset].description}
      </p>
      {saveError ? <InlineError context="Could not save the masking settings." error={saveError} testId="masking-error" /> : null}
      {settings ? (
        <>
          <MaskingTypeSwitches settings={settings} />
          <TermListEditor
            title="Custom terms"
            description="Client names, project codenames, anything: always masked as whole words, in any case."
            inputLabel="New custom term"
            placeholder="e.g. ACME Corp"
            items={settings.maskingCustomTerms}
            maxItems={MASKING_LIMITS.maxTerms}
            maxLength={MASKING_LIMITS.maxTermLength}
            onChange={(maskingCustomTerms) => updateMasking({ maskingCustomTerms })}
            testId="mask-terms"
          />
          <CustomPatternEditor patterns={settings.maskingCustomPatterns} />
          <TermListEditor
            title="Never mask"
            description="Exact values that stay as they are, whatever finds them (your team’s shared mailbox, say)."
            inputLabel="New value never to mask"
            placeholder="e.g. support@yourcompany.com"
            items={settings.maskingAllowlist}
            maxItems={MASKING_LIMITS.maxTerms}
            maxLength={MASKING_LIMITS.maxTermLength}
            onChange={(maskingAllowlist) => updateMasking({ maskingAllowlist })}
            testId="mask-allowlist"
          />
          <label className="check mask-surrogates">
            <input
              type="checkbox"
              className="check__box"
              checked={settings.maskingSurrogates}
              onChange={(e) => void updateMasking({ maskingSurrogates: e.target.checked })}
              aria-describedby={`${id}-sh`}
              data-testid="mask-surrogates"
            />
            <span className="check__label">Send realistic stand-ins instead of placeholders</span>
          </label>
          <p id={`${id}-sh`} className="facts__note">
            The model sees a made-up value of the same shape (a fake email, a valid-looking card number) instead of <code>[EMAIL_1]</code>. Your real values still come back in
            the reply.
          </p>
        </>
      ) : null}
    </section>
  );
}
