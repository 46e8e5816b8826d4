// The settings sheet: appearance and "About this Veil". Later issues add providers, privacy,
// retention and policy sections here.
import type { RefObject } from 'react';
import { SidePanel } from '../../ui/SidePanel';
import { AboutSection } from './AboutSection';
import { ThemeSection } from './ThemeSection';

export interface SettingsPanelProps {
  onClose: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

export function SettingsPanel({ onClose, returnFocusRef }: SettingsPanelProps) {
  return (
    <SidePanel title="Settings" onClose={onClose} returnFocusRef={returnFocusRef} testId="settings-panel">
      <ThemeSection />
      <AboutSection />
    </SidePanel>
  );
}
