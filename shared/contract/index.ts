export * from './channel';
export * from './channels/index';
export * from './client';
export * from './errors';
export * from './settings';
export * from './wire';
export * from './wire-client';
