// The user's masking configuration on the send path: custom terms and patterns are masked,
// allowlisted values are not, a settings change applies to the next send, surrogates stay
// reversible, and the managed-policy hook forces types on whatever the preset says.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../../shared/contract/channels/chat';
import { WARM_UP_LINES, type EntityType } from '../../../../shared/masking';
import { PREVIEW_INTRO } from '../../../../electron/core/providers/index';
import { startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { chatHarness, cleanupHarnesses, mockEndpoint, recordingEgress, type SendResult } from './chat-fixture';

const TERM = 'Project Falcon';
const TICKET = 'TICKET-48213';
const ALLOWED = 'helpdesk@veil-support.example';
const EMAIL = 'anna.lindqvist@example.org';
const TEXT = `${TERM} update: see ${TICKET}, then mail ${ALLOWED} and ${EMAIL}.`;
const RULES = {
  maskingCustomTerms: [TERM],
  maskingCustomPatterns: [{ name: 'Ticket number', source: 'TICKET-\\d{4,6}' }],
  maskingAllowlist: [ALLOWED],
};

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());
afterEach(() => cleanupHarnesses());

const accepted = (r: SendResult) => r.events.find((e): e is Extract<ChatEvent, { type: 'accepted' }> => e.type === 'accepted');
const previewOf = (content: string) => `${PREVIEW_INTRO}\n\n\`\`\`json\n${JSON.stringify({ messages: [{ role: 'user', content }] }, null, 2)}\n\`\`\`\n`;

describe('masking settings in chat.send', () => {
  it('a stored pattern that does not compile (hand-edited file) stops the send before anything is stored or sent', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    await h.call('settings.update', RULES);
    const id = await h.newConversation();
    const file = join(h.dataDir, 'settings.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...stored, maskingCustomPatterns: [{ name: 'Broken', source: '(unclosed' }] }));
    const r = await h.send(id, TEXT);
    expect(r.error).toMatchObject({ code: 'MASKING_PATTERN_INVALID' });
    expect(r.error?.message).toContain('Broken');
    expect(r.events).toEqual([]);
    expect(mock.requests).toHaveLength(0);
    expect(await h.call('messages.list', { conversationId: id })).toEqual({ messages: [] });
  });

  it('Preview: masks the custom term and the pattern match, leaves the allowlisted email', async () => {
    const h = await chatHarness();
    await h.call('settings.update', RULES);
    const id = await h.newConversation();
    const r = await h.send(id, TEXT, { providerId: 'preview' });
    expect(r.done).toMatchObject({ status: 'complete', error: null });
    const masked = `[CUSTOM_1] update: see [CUSTOM_2], then mail ${ALLOWED} and [EMAIL_1].`;
    expect(accepted(r)).toMatchObject({ maskedText: masked, maskedCounts: { CUSTOM: 2, EMAIL: 1 } });
    expect(r.text).toBe(previewOf(masked));
  });

  it('on the wire: the provider never sees the term or the ticket, the reply gets them back', async () => {
    const egress = recordingEgress();
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], chat: { egress } });
    await h.call('settings.update', RULES);
    const id = await h.newConversation();
    const r = await h.send(id, TEXT);
    expect(r.done).toMatchObject({ status: 'complete' });
    expect(mock.requests).toHaveLength(1);
    const body = mock.requests[0]?.bodyText ?? '';
    for (const secret of [TERM, TICKET, EMAIL]) expect(body).not.toContain(secret);
    expect(body).toContain(ALLOWED);
    expect(body).toContain('[CUSTOM_1]');
    expect(egress.records[0]?.body).toBe(body);
    // The mock echoes the last user message; the restorer puts the real values back.
    expect(r.text).toBe(`You said: ${TEXT}`);
  });

  it('a settings change applies to the next send; per-type switches and Custom are honoured', async () => {
    const h = await chatHarness();
    const id = await h.newConversation();
    const send = async (text: string) => accepted(await h.send(id, text, { providerId: 'preview' }))?.maskedText;
    expect(await send(`${TERM} ${EMAIL}`)).toBe(`${TERM} [EMAIL_1]`);
    await h.call('settings.update', { maskingCustomTerms: [TERM], maskingDisabledTypes: ['EMAIL'] });
    expect(await send(`${TERM} ${EMAIL}`)).toBe(`[CUSTOM_1] ${EMAIL}`);
    // Custom with only IP addresses: email is not masked, the IP is, the term still is.
    await h.call('settings.update', { maskingPreset: 'custom', maskingCustomTypes: ['IP_ADDRESS'], maskingDisabledTypes: [] });
    expect(await send(`${TERM} ${EMAIL} 203.0.113.9`)).toBe(`[CUSTOM_1] ${EMAIL} [IP_ADDRESS_1]`);
  });

  it('surrogates: the provider sees a fake email, the reply shows the real one', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], chat: { egress: recordingEgress() } });
    await h.call('settings.update', { maskingSurrogates: true });
    const id = await h.newConversation();
    const r = await h.send(id, `Write to ${EMAIL}`);
    const maskedText = accepted(r)?.maskedText ?? '';
    expect(maskedText).not.toContain(EMAIL);
    expect(maskedText).not.toContain('[EMAIL_');
    expect(maskedText).toMatch(/^Write to \S+@\S+$/);
    expect(mock.requests[0]?.bodyText).not.toContain(EMAIL);
    expect(r.text).toBe(`You said: Write to ${EMAIL}`);
  });

  it('the managed-policy hook forces a type on even when the preset leaves it out', async () => {
    let forced: EntityType[] = ['EMAIL'];
    const h = await chatHarness({ chat: { forcedMaskingTypes: () => forced } });
    await h.call('settings.update', { maskingPreset: 'secrets', maskingDisabledTypes: ['EMAIL'] });
    const id = await h.newConversation();
    const send = async () => accepted(await h.send(id, `Mail ${EMAIL}`, { providerId: 'preview' }))?.maskedText;
    expect(await send()).toBe('Mail [EMAIL_1]');
    forced = [];
    expect(await send()).toBe(`Mail ${EMAIL}`);
  });

  it("warmMasking masks the warm-up lines with the user's settings one turn of the event loop at a time, and close() stops it", async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    await h.call('settings.update', RULES);
    // Other callbacks run between the lines: the thread keeps serving IPC and sockets while it warms up.
    let turns = 0;
    let warming = true;
    const tick = () => {
      turns++;
      if (warming) setImmediate(tick);
    };
    setImmediate(tick);
    const lines = await h.core.chat.warmMasking();
    warming = false;
    expect(lines).toBe(WARM_UP_LINES.length);
    expect(turns).toBeGreaterThanOrEqual(WARM_UP_LINES.length - 1);
    // Closed before its first line: nothing more is masked.
    const stopped = h.core.chat.warmMasking();
    h.core.chat.close();
    expect(await stopped).toBe(0);
  });
});
