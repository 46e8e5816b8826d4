// Drives Veil headlessly over the preview bridge: node scripts/preview-client-example.mjs "<URL printed by npm run preview>"
import WebSocket from 'ws';
const page = new URL(process.argv[2]);
const ws = new WebSocket(`ws://${page.host}/rpc?token=${page.searchParams.get('token')}`);
const pending = new Map();
const send = (msg) => new Promise((resolve, reject) => { pending.set(msg.id, { resolve, reject }); ws.send(JSON.stringify(msg)); });
ws.on('message', (data) => {
  const msg = JSON.parse(data);
  if (msg.type === 'event') return console.log('tick', msg.event.n);
  const p = pending.get(msg.id); pending.delete(msg.id);
  if (msg.type === 'error' || msg.ok === false) p.reject(msg.error); else p.resolve(msg.output);
});
await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
console.log('status', await send({ type: 'request', id: 1, channel: 'app.status', input: {} }));
await send({ type: 'request', id: 2, channel: 'app.echo', input: { text: 42 } }).catch((e) => console.log('error', e.code));
await send({ type: 'subscribe', id: 3, channel: 'app.ticks', input: { count: 3, intervalMs: 10 } });
ws.close();
