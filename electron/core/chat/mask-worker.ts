// Worker-thread entry of the masking pool (mask-pool.ts): plans one turn (planTurn: masking with
// the conversation's mapping) off the core's main thread, which stays free for sockets, token
// events and the vault. The masking settings arrive as plain data and are turned into options
// here, so the engine's compiled form stays warm in this thread as it does on the main one.
import { parentPort } from 'node:worker_threads';
import { maskOptionsFromSettings } from '../../../shared/contract/masking-options';
import { warmUp } from '../../../shared/masking';
import type { MaskJob, MaskReply } from './mask-pool';
import { planTurn } from './turn-plan';

const port = parentPort;
if (!port) throw new Error('mask-worker.ts runs only as a worker thread');
port.on('message', (job: MaskJob) => {
  let reply: MaskReply;
  try {
    const { options, skipped } = maskOptionsFromSettings(job.settings, { forced: job.forced });
    // The main thread refuses such settings before it asks; never mask with a rule missing.
    if (skipped.length > 0) throw new Error('masking settings hold a pattern that does not compile');
    reply = { id: job.id, plan: planTurn(job.ctx, job.text, options) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
// Ready once warm: the first call of a fresh thread compiles every pattern and builds the name tables
// (tens of ms); until this message the pool masks on the main thread instead of waiting.
warmUp();
port.postMessage({ ready: true } satisfies MaskReply);
