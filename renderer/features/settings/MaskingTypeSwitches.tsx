// Per-type switches under the masking preset. For Custom they are exactly the types masked
// (settings.maskingCustomTypes); for the other presets they switch the preset's own types off
// (settings.maskingDisabledTypes). Your own terms and patterns are not a switch: they always apply.
import { useId } from 'react';
import type { MaskingSettings } from '../../../shared/contract/settings';
import { ENTITY_TYPES, PRESETS, type EntityType } from '../../../shared/masking/index';
import { useSettings } from '../../state/stores';
import { TYPE_LABELS } from './masking-labels';
import './masking.css';

const SWITCHABLE: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'CUSTOM');

export function MaskingTypeSwitches({ settings }: { settings: MaskingSettings }) {
  const id = useId();
  const updateMasking = useSettings((s) => s.updateMasking);
  const custom = settings.maskingPreset === 'custom';
  const shown = custom ? SWITCHABLE : PRESETS[settings.maskingPreset].types.filter((t) => t !== 'CUSTOM');
  const isOn = (t: EntityType) => (custom ? settings.maskingCustomTypes.includes(t) : !settings.maskingDisabledTypes.includes(t));

  const toggle = (t: EntityType, on: boolean) => {
    if (custom) {
      // Kept in the engine's order, so the stored list reads the same however it was built.
      const next = SWITCHABLE.filter((x) => (x === t ? on : settings.maskingCustomTypes.includes(x)));
      void updateMasking({ maskingCustomTypes: next });
    } else {
      const next = on ? settings.maskingDisabledTypes.filter((x) => x !== t) : [...settings.maskingDisabledTypes, t];
      void updateMasking({ maskingDisabledTypes: next });
    }
  };

  const on = shown.filter(isOn).length;
  // Collapsed by default: nineteen rows would push the user's own rules far down the sheet.
  return (
    <details className="mask-types" data-testid="mask-types">
      <summary className="mask-types__summary" data-testid="mask-types-summary">
        <span className="mask-rules__title">Types to mask</span>{' '}
        <span className="mask-types__count">
          {on} of {shown.length} on
        </span>
      </summary>
      <fieldset className="mask-types__fieldset" aria-describedby={`${id}-h`}>
        <legend className="visually-hidden">Types to mask</legend>
        <p id={`${id}-h`} className="facts__note">
          {custom
            ? 'Exactly the types you tick are masked.'
            : 'Untick a type to stop masking it on top of this preset. Choose Custom to pick from every type.'}
        </p>
        <ul className="mask-types__list">
          {shown.map((t) => (
            <li key={t}>
              <label className="check">
                <input type="checkbox" className="check__box" checked={isOn(t)} onChange={(e) => toggle(t, e.target.checked)} data-testid="mask-type" data-type={t} />
                <span className="check__label">{TYPE_LABELS[t]}</span>
                <code className="mask-types__code" aria-hidden="true">
                  {t}
                </code>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
