import { describe, expect, it } from 'vitest';
import { createErrorStore, MAX_NOTICES, toWireError } from '../../../renderer/state/errors';

describe('toWireError', () => {
  it('keeps a WireError as it is (code + user-safe message + structured details, e.g. retryAfterMs)', () => {
    expect(toWireError({ code: 'SETTINGS_INVALID', message: 'That theme does not exist.', details: { x: 1 } })).toEqual({
      code: 'SETTINGS_INVALID',
      message: 'That theme does not exist.',
      details: { x: 1 },
    });
    expect(toWireError({ code: 'SETTINGS_INVALID', message: 'm', details: ['not', 'an', 'object'] })).toEqual({ code: 'SETTINGS_INVALID', message: 'm' });
  });

  it.each([new Error('ECONNRESET at /home/someone/secret/path'), 'text', null, undefined, { code: 'lower_case', message: 'x' }, { code: 'X' }])(
    'replaces %j with a generic INTERNAL error, never echoing its text',
    (raw) => {
      const e = toWireError(raw);
      expect(e.code).toBe('INTERNAL');
      expect(e.message).not.toContain('/home/someone');
    },
  );
});

describe('error store', () => {
  it('adds notices, replaces a repeated failure, and dismisses', () => {
    const store = createErrorStore();
    store.getState().report('Could not save the theme', { code: 'SETTINGS_INVALID', message: 'first' });
    store.getState().report('Could not load settings', { code: 'INTERNAL', message: 'x' });
    store.getState().report('Could not save the theme', { code: 'SETTINGS_INVALID', message: 'second' });
    const notices = store.getState().notices;
    expect(notices.map((n) => n.message)).toEqual(['x', 'second']);
    store.getState().dismiss(notices[0]!.id);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['second']);
  });

  it(`keeps at most ${MAX_NOTICES} notices, dropping the oldest`, () => {
    const store = createErrorStore();
    for (let i = 0; i < MAX_NOTICES + 2; i++) store.getState().report(`step ${i}`, { code: 'INTERNAL', message: `m${i}` });
    const messages = store.getState().notices.map((n) => n.message);
    expect(messages).toHaveLength(MAX_NOTICES);
    expect(messages.at(-1)).toBe(`m${MAX_NOTICES + 1}`);
    expect(messages).not.toContain('m0');
  });
});
