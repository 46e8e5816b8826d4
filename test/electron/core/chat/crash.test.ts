// Crash safety: a core killed with SIGKILL in the middle of a streamed reply keeps the committed
// user message and the reply as far as it was written, marked partial.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { slow, startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { realKeychain, type KeychainFixture } from '../secrets/keychain-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
let mock: MockProvider;
let fx: KeychainFixture;
beforeAll(async () => {
  mock = await startMockProvider();
  fx = await realKeychain();
});
afterAll(async () => {
  await mock.close();
  await fx.cleanup();
});
afterEach(() => cleanupDirs());

it('SIGKILL mid-stream keeps the user message and the partial reply', async () => {
  const dataDir = tempDataDir();
  const opts = { dataDir, host: 'test' as const, keychainService: fx.service, logger: memoryLogger().logger };
  const first = await createCore(opts);
  const created = await first.rpc.call('conversations.create', { title: 'crash' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.output as { id: string }).id;
  await first.close();

  mock.script(slow({ chunkDelayMs: 50 }, { text: 'Once upon a time there was a very long story that never ended.', chunkSize: 5 }));
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, fx.service, `${mock.url}/v1`, id], { stdio: ['ignore', 'pipe', 'pipe'] });
  const shown: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line === 'finished') reject(new Error('the child finished before it was killed'));
        if (line.startsWith('delta ')) shown.push(JSON.parse(line.slice(6)) as string);
        if (shown.length === 4) {
          // Let the flush of the 4th delta reach the WAL, then kill without any chance to clean up.
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 20);
        }
      }
    });
    child.once('exit', () => (shown.length >= 4 ? resolve() : reject(new Error(`child exited early: ${stderr}`))));
  });
  expect(await exited).toBe('SIGKILL');

  const after = await createCore(opts);
  try {
    const listed = await after.rpc.call('messages.list', { conversationId: id });
    if (!listed.ok) throw new Error(listed.error.message);
    const messages = (listed.output as { messages: Array<{ role: string; content: string; status: string }> }).messages;
    expect(messages.map((m) => [m.role, m.status])).toEqual([['user', 'complete'], ['assistant', 'partial']]);
    expect(messages[0]?.content).toBe('Tell me a long story');
    const reply = messages[1]?.content ?? '';
    expect(reply.startsWith(shown.join(''))).toBe(true);
    expect(reply.length).toBeLessThan(60);
  } finally {
    await after.close();
  }
});
