// The settings sheet: appearance, masking preset, custom endpoints (Providers), API keys, network
// (proxy, TLS, CA), daily limits, data & security (lock, retention, export/import, audit log,
// rotation, wipe) and "About this Veil". Later issues add policy here.
import type { RefObject } from 'react';
import { SidePanel } from '../../ui/SidePanel';
import { AboutSection } from './AboutSection';
import { ApiKeysSection } from './ApiKeysSection';
import { CustomEndpointsSection } from './CustomEndpointsSection';
import { DataSecuritySection } from '../data/DataSecuritySection';
import { DailyLimitsSection } from './DailyLimitsSection';
import { MaskingSection } from './MaskingSection';
import { NetworkSection } from './NetworkSection';
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
      <CustomEndpointsSection />
      <ApiKeysSection />
      <NetworkSection />
      <DailyLimitsSection />
      <DataSecuritySection />
      <AboutSection />
    </SidePanel>
  );
}
