// Preloaded into Electronegativity: it fetches UI translations from the internet on every start.
// Veil runs it offline (no outbound traffic from tests, no 10 s wait for a timeout), with the
// translations shipped in the package.
const Module = require('node:module');

const load = Module._load;
Module._load = function loadOffline(request, parent, ...rest) {
  if (request === 'got' && parent && /electronegativity[\\/]dist[\\/]locales[\\/]/.test(parent.filename)) {
    return () => Promise.reject(new Error('Veil runs Electronegativity offline'));
  }
  return load.call(this, request, parent, ...rest);
};
