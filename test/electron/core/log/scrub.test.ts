import { describe, expect, it } from 'vitest';
import { VeilError, toVeilError } from '../../../../electron/core/errors/veil-error';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { Scrubber, scrubber } from '../../../../electron/core/log/scrub';

// Canary values: if any of these ever shows up in a log line or an error message, a test fails.
const CANARIES = {
  openai: 'sk-proj-CANARYc4n4ry0000111122223333444455556666',
  anthropic: 'sk-ant-api03-CANARYxyzxyzxyzxyz0123456789abcdef',
  deepseek: 'sk-0123456789abcdefCANARY0123456789',
  aws: 'AKIAIOSFODNN7CANARY1',
  github: 'ghp_CANARY0123456789abcdefghijklmnopqrstuv',
  slack: 'xoxb-123456789012-CANARYabcdefghij',
  stripe: 'sk_live_CANARY0123456789abcdefgh',
  google: 'AIzaSyCANARY-0123456789abcdefghijklmnopq',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.CANARYsignature0123456789',
  vaultKeyHex: 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9c',
  pem: '-----BEGIN PRIVATE KEY-----\nMIIEvCANARYQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
};
const CANARY_MARK = /CANARY|c4n4ry|a3f1c2d4e5b6/;

describe('scrubber', () => {
  it.each(Object.entries(CANARIES))('removes a %s-shaped secret', (_name, secret) => {
    const out = new Scrubber().scrub(`request failed: key=${secret} (see docs)`);
    expect(out).not.toMatch(CANARY_MARK);
    expect(out).toContain('request failed');
  });

  it('removes registered exact values of any shape, with their base64 and URL encodings', () => {
    const s = new Scrubber();
    const key = 'my own weird key/with+symbols=CANARY';
    s.register(key);
    const b64 = Buffer.from(key).toString('base64');
    const out = s.scrub(`a ${key} b ${b64} c ${encodeURIComponent(key)}`);
    expect(out).not.toContain('CANARY');
    expect(out).not.toContain(b64);
    s.forget(key);
    expect(s.scrub(key)).toContain('CANARY');
  });

  it('redacts assignment-style secrets but keeps the key name', () => {
    expect(new Scrubber().scrub('password=hunter2CANARY api_key: "abcdCANARY"')).toBe('password=[REDACTED] api_key: "[REDACTED]"');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Connected to api.deepseek.com in 120 ms; 3 messages, model deepseek-chat.';
    expect(new Scrubber().scrub(text)).toBe(text);
  });
});

describe('errors and logs never carry secrets', () => {
  it('VeilError messages are scrubbed at construction', () => {
    scrubber.register('registered-canary-value-CANARY');
    const e = new VeilError('PROVIDER_KEY_REJECTED', `The key ${CANARIES.openai} was rejected; also registered-canary-value-CANARY`);
    expect(e.message).not.toMatch(CANARY_MARK);
    expect(JSON.stringify(e.toWire())).not.toMatch(CANARY_MARK);
    scrubber.forget('registered-canary-value-CANARY');
  });

  it('unknown errors become INTERNAL with a generic message, the cause stays on the Node side', () => {
    const e = toVeilError(new Error(`db said ${CANARIES.vaultKeyHex}`));
    expect(e.code).toBe('INTERNAL');
    expect(e.toWire().message).not.toMatch(CANARY_MARK);
  });

  it('every log line is scrubbed, including error causes and data objects', () => {
    const { logger, lines } = memoryLogger();
    const nested = new VeilError('NETWORK', 'request failed', { cause: new Error(`Authorization: Bearer ${CANARIES.anthropic}`) });
    logger.error('send failed', nested);
    logger.info('config', { apiKey: CANARIES.deepseek, github: CANARIES.github });
    logger.warn(`raw ${CANARIES.pem}`);
    const all = lines.join('\n');
    expect(lines).toHaveLength(3);
    expect(all).not.toMatch(CANARY_MARK);
    expect(all).toContain('NETWORK: request failed');
  });

  it('honours the log level', () => {
    const { logger, lines } = memoryLogger('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });
});
