// Child-process entry of the egress bench's outside world (egress-world.ts): argv port and token
// of the preview bridge; asks the parent over IPC to register the mock, sends back the samples.
import { runWorld, type WorldResult } from './egress-world';

type FromParent = { type: 'configured' };
export type WorldMessage = { type: 'configure'; mockUrl: string } | { type: 'result'; result: WorldResult } | { type: 'error'; message: string };

const [port, token] = process.argv.slice(2);
if (!port || !token || !process.send) throw new Error('usage: forked with IPC, argv <port> <token>');
const send = (m: WorldMessage) => process.send?.(m);

const configure = (mockUrl: string) =>
  new Promise<void>((resolve) => {
    process.once('message', (m: FromParent) => {
      if (m.type === 'configured') resolve();
    });
    send({ type: 'configure', mockUrl });
  });

try {
  send({ type: 'result', result: await runWorld(Number(port), token, configure) });
} catch (err) {
  send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
process.disconnect();
