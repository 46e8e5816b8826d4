// Vite build of the renderer (React). The output is served by the Electron app:// protocol and by
// the preview bridge over loopback http, both under a strict CSP: no inline scripts or styles.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs work from app://veil/index.html and from http://127.0.0.1:PORT/ alike.
  base: './',
  plugins: [react()],
  build: {
    outDir: `${rootDir}dist/renderer`,
    emptyOutDir: true,
    target: 'chrome120',
    // The polyfill is injected as an inline <script>, which CSP script-src 'self' blocks.
    modulePreload: { polyfill: false },
    // Never turn assets into data: URLs inside CSS/JS: keeps the CSP story simple (fonts, images).
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
