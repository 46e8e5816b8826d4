// The app version, read from package.json at build/bundle time (JSON import is inlined by Vite and tsx).
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
