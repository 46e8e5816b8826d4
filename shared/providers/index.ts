// Public API of the provider catalog (shared by the core, the renderer and policy).
export * from './catalog';
export * from './custom-endpoint';
export * from './loopback';
export * from './privacy-fact';
export * from './provider-schema';
