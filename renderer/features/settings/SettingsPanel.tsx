// The settings sheet: appearance, masking preset, API keys and "About this Veil". Later issues
// add retention and policy sections here.
import type { RefObject } from 'react';
import { SidePanel } from '../../ui/SidePanel';
import { AboutSection } from './AboutSection';
import { ApiKeysSection } from './ApiKeysSection';
import { MaskingSection } from './MaskingSection';
import { ThemeSection } from './ThemeSection';

export interface SettingsPanelProps {
  onClose: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

export function SettingsPanel({ onClose, returnFocusRef }: SettingsPanelProps) {
  return (
    <SidePanel title="Settings" onClose={onClose} returnFocusRef={returnFocusRef} testId="settings-panel">
      <ThemeSection />
      <MaskingSection />
      <ApiKeysSection />
      <AboutSection />
    </SidePanel>
  );
}
