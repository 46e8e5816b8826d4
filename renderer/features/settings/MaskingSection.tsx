// The masking preset (settings.maskingPreset): which kinds of personal data the core masks before
// sending. The composer's live preview follows the same choice.
import { useId } from 'react';
import { PRESET_NAMES, PRESETS, type PresetName } from '../../../shared/masking/index';
import { useSettings } from '../../state/stores';
import './settings.css';

const LABELS: Readonly<Record<PresetName, string>> = {
  standard: 'Standard',
  strict: 'Strict',
  pci: 'Payment cards',
  secrets: 'Secrets only',
  custom: 'Custom',
};

export function MaskingSection() {
  const id = useId();
  const preset = useSettings((s) => s.settings?.maskingPreset ?? 'standard');
  const setPreset = useSettings((s) => s.setMaskingPreset);
  return (
    <section className="settings-section" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="settings-section__title">
        Masking
      </h3>
      <label className="field" htmlFor={`${id}-s`}>
        <span className="field__label">Preset</span>
        <select id={`${id}-s`} className="select" value={preset} onChange={(e) => void setPreset(e.target.value as PresetName)} data-testid="masking-preset">
          {PRESET_NAMES.map((p) => (
            <option key={p} value={p}>
              {LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <p className="facts__note" data-testid="masking-preset-description">
        {PRESETS[preset].description}
      </p>
    </section>
  );
}
