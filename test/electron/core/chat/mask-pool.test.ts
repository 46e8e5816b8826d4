// The masking worker pool: a worker plans a turn exactly as the main thread does (history,
// mapping, custom terms, forced types), and whenever it cannot (no worker file, closed pool) it
// answers null so the caller masks on the main thread instead of waiting or skipping masking.
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { maskOptionsFromSettings } from '../../../../shared/contract/masking-options';
import { SettingsSchema } from '../../../../shared/contract/settings';
import { emptyMapping } from '../../../../shared/masking';
import { ephemeralChatStore, type TurnContext } from '../../../../electron/core/chat/chat-store';
import { MaskingAhead, MIN_WORKER_CHARS } from '../../../../electron/core/chat/masking-ahead';
import { defaultMaskWorkers, MaskPool, maskingSettingsOf, maskWorkerFile } from '../../../../electron/core/chat/mask-pool';
import { planTurn } from '../../../../electron/core/chat/turn-plan';
import { EphemeralStore } from '../../../../electron/core/vault/ephemeral-store';

const pools: MaskPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
});
const pool = (file: string, size = 1) => {
  const p = new MaskPool(file, size);
  pools.push(p);
  return p;
};

/** A conversation with a system prompt, history (one row never masked) and a stored mapping. */
function context(): TurnContext {
  const store = new EphemeralStore();
  const c = store.create({ title: 't', systemPrompt: 'Reply to anna.schmidt@example.com only.' });
  store.appendMessage(c.id, { role: 'user', content: 'Call me at +49 170 1234567', maskedContent: 'Call me at [PHONE_1]' });
  store.appendMessage(c.id, { role: 'assistant', content: 'Sure, Project Falcon it is.' });
  const mapping = { ...emptyMapping(), entries: [{ placeholder: '[PHONE_1]', type: 'PHONE' as const, value: '+49 170 1234567' }] };
  return { conversation: store.get(c.id), messages: store.listMessages(c.id), mapping };
}

const TEXT = 'Mail bob.jones@example.org about Project Falcon, or call +49 170 1234567 again. IBAN DE89 3704 0044 0532 0130 00.';

describe('masking worker pool', () => {
  it('plans a turn exactly as planTurn does on the main thread', async () => {
    const file = maskWorkerFile();
    expect(file).not.toBeNull();
    const p = pool(file as string, 2);
    expect(await p.warm()).toBe(true);
    const settings = SettingsSchema.parse({ maskingCustomTerms: ['Project Falcon'], maskingDisabledTypes: ['IBAN'] });
    const forced = ['IBAN'] as const;
    const ctx = context();
    const expected = planTurn(ctx, TEXT, maskOptionsFromSettings(settings, { forced }).options);
    const got = await Promise.all([p.plan(ctx, TEXT, maskingSettingsOf(settings), forced), p.plan(ctx, TEXT, maskingSettingsOf(settings), forced)]);
    for (const plan of got) expect(plan).toEqual(expected);
    // The case really masks something from each source: history row, custom term, forced type, mapping reuse.
    expect(expected.extra.maskedCounts).toMatchObject({ EMAIL: 1, PHONE: 1, CUSTOM: 1, IBAN: 1 });
    expect(expected.userMasked).toContain('[PHONE_1]');
    expect(JSON.stringify(expected.extra.messages)).not.toMatch(/Falcon|anna\.schmidt|bob\.jones/);
  });

  it('answers null when its worker cannot start, and keeps answering null (the caller masks itself)', async () => {
    const p = pool('/nonexistent/veil-mask-worker.js');
    expect(await p.warm()).toBe(false);
    const settings = maskingSettingsOf(SettingsSchema.parse({}));
    expect(await p.plan(context(), TEXT, settings, [])).toBeNull();
    expect(await p.plan(context(), TEXT, settings, [])).toBeNull();
  });

  it('answers null for jobs still out when it closes, and after', async () => {
    const p = pool(maskWorkerFile() as string);
    expect(await p.warm()).toBe(true);
    const settings = maskingSettingsOf(SettingsSchema.parse({}));
    const out = p.plan(context(), TEXT.repeat(50), settings, []);
    p.close();
    expect(await out).toBeNull();
    expect(await p.plan(context(), TEXT, settings, [])).toBeNull();
  });

  it('runs workers only where a core is spare, unless VEIL_MASK_WORKERS says otherwise', () => {
    expect(defaultMaskWorkers({ VEIL_MASK_WORKERS: '0' })).toBe(0);
    expect(defaultMaskWorkers({ VEIL_MASK_WORKERS: '3' })).toBe(3);
    expect(defaultMaskWorkers({ VEIL_MASK_WORKERS: '99' })).toBe(8);
    expect(defaultMaskWorkers({})).toBe(Math.max(0, Math.min(4, availableParallelism() - 2)));
    expect(defaultMaskWorkers({ VEIL_MASK_WORKERS: 'many' })).toBe(defaultMaskWorkers({}));
  });

  it('masks ahead only with others in flight and a long text (short ones cost less than the hand-off)', async () => {
    const ahead = new MaskingAhead(1);
    try {
      expect(await ahead.warm()).toBe(true);
      const store = new EphemeralStore();
      const c = store.create({ title: 't' });
      const chatStore = ephemeralChatStore({ ephemeral: store }, new Map());
      const settings = SettingsSchema.parse({});
      const long = `${TEXT} ${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(MIN_WORKER_CHARS / 28))}`;
      expect(await (await ahead.start(chatStore, c.id, TEXT, settings, [], true)).plan).toBeNull();
      expect(await (await ahead.start(chatStore, c.id, long, settings, [], false)).plan).toBeNull();
      const planned = await (await ahead.start(chatStore, c.id, long, settings, [], true)).plan;
      expect(planned?.plan.userMasked).toContain('[EMAIL_1]');
      expect(planned?.ctx.conversation.id).toBe(c.id);
    } finally {
      ahead.close();
    }
  });

  it('does not hand out a plan before its worker is ready (the first sends mask on the main thread)', async () => {
    const p = pool(maskWorkerFile() as string);
    const settings = maskingSettingsOf(SettingsSchema.parse({}));
    expect(await p.plan(context(), TEXT, settings, [])).toBeNull();
    expect(await p.warm()).toBe(true);
    expect(await p.plan(context(), TEXT, settings, [])).not.toBeNull();
  });
});
