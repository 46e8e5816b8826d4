// Imported first by browser-bridge.ts, before any zod schema is constructed. Zod 4 probes
// `new Function` for its JIT when an object schema is created; under the page's CSP (no
// 'unsafe-eval') the probe is refused and Chromium logs a CSP violation on every load even though
// zod catches it. The bridge never parses with these schemas, so the JIT buys nothing here.
import { config } from 'zod';

config({ jitless: true });
