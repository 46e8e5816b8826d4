// The first findSpans call of a process compiles every pattern and builds the name tables: 50-100 ms
// in a fresh process, against a few ms for the next call. warmUp does that work ahead, on a sample that
// reaches every built-in recognizer, so an app can spend it while idle instead of on the user's first
// keystroke (the live preview) or first send (the core). Every value in the sample is made up.
import { findSpans, type MaskOptions } from './mask';

/**
 * Lines that together hold a value of every recognizer (the unit tests hold them to that); each line alone
 * is a step of tens of ms in a fresh process, so an app can spread the warm-up over idle periods.
 */
export const WARM_UP_LINES: readonly string[] = [
  'Hi Anna, please ask Jonas Weber (jonas.weber@example.org) to call +49 30 1234 5678 or (415) 555-0132.',
  'Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 536-22-1234.',
  'Host 10.20.30.40 and fe80::1c2b:3a4d:5e6f:7a8b, device 00:1A:2B:3C:4D:5E.',
  'Clone https://deploy:s3cr3t-Passw0rd@git.example.com/repo.git?token=abc123def456 for the build.',
  'OPENAI_API_KEY=sk-proj-abcDEF1234567890abcdEF12ghIJ and password: "Tr0ub4dor&3xyzQ"',
  'Ship to 742 Evergreen Terrace, Springfield, IL 62704; Anschrift: Hauptstraße 5a, 10115 Berlin.',
  'DOB: 03/04/1985, born on March 3, 1985; visit on 2024-06-30.',
  'NI number: AB 12 34 56 C; Aadhaar 2345 6789 0124; 身份证号：11010519491231002X。',
  'N° sécurité sociale : 1 85 05 78 006 084 91; Steuer-ID: 86095742719.',
  'passport no. 533380006; MRN: 00123456.',
];

export const WARM_UP_SAMPLE = WARM_UP_LINES.join('\n');

/**
 * Runs findSpans on `text` (by default the whole sample) with these options: pass the object the app masks
 * with, so its compiled form is cached too. Returns the number of spans found.
 */
export function warmUp(options: MaskOptions = {}, text: string = WARM_UP_SAMPLE): number {
  return findSpans(text, options).length;
}
