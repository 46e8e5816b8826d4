// Child process for the crash test: a real core sends one message to the mock provider (in the
// parent) and reports each delta on stdout; the parent SIGKILLs it mid-stream.
import { createCore } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';

const [dataDir, keychainService, baseUrl, conversationId] = process.argv.slice(2) as [string, string, string, string];
const core = await createCore({ dataDir, host: 'test', keychainService, logger: memoryLogger().logger, chat: { flushIntervalMs: 0 } });
core.chat.providers.setCustomEndpoints([{ slug: 'mock', displayName: 'Mock', baseUrl, apiKey: 'none', models: ['mock-model'] }]);
await core.rpc.subscribe(
  'chat.send',
  { conversationId, text: 'Tell me a long story', providerId: 'custom-mock' },
  (e) => {
    const ev = e as { type: string; text?: string };
    if (ev.type === 'delta') process.stdout.write(`delta ${JSON.stringify(ev.text)}\n`);
  },
  new AbortController().signal,
);
process.stdout.write('finished\n');
