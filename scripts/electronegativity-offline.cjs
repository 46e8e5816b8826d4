// Preloaded into the Electronegativity process (and only there) to fix two things about the tool:
// - it fetches UI translations from the internet on every start: Veil runs it offline (no
//   outbound traffic from tests, no wait for a timeout) with the translations in the package;
// - it writes its CSV report with two un-awaited fs.writeFile calls (header with 'w', rows with
//   'a'), which race: under load the rows land first and the header's truncation wipes them,
//   leaving an empty or garbled report. Here writeFile completes synchronously, in call order.
const fs = require('node:fs');
const Module = require('node:module');

const load = Module._load;
Module._load = function loadOffline(request, parent, ...rest) {
  if (request === 'got' && parent && /electronegativity[\\/]dist[\\/]locales[\\/]/.test(parent.filename)) {
    return () => Promise.reject(new Error('Veil runs Electronegativity offline'));
  }
  return load.call(this, request, parent, ...rest);
};

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (err) {
    error = err;
  }
  if (cb) process.nextTick(cb, error);
};
