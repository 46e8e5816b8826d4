// Public API of the pure egress rules shared by the core (enforcement) and the renderer (settings UI).
export * from './ledger-url';
export * from './network-settings';
export * from './no-proxy';
export * from './pins';
