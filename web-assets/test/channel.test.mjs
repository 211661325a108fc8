// Node check of the result channel's reconnect (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/channel.test.mjs
// A fake server plays /ws: the socket drops mid-run, the page reconnects, is told what arrived, and resends only
// the rest; a refused connection (1008) is not retried.
import { Channel } from '../js/channel.js';

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
globalThis.location = { protocol: 'http:', host: '127.0.0.1:1' };
const tick = () => new Promise((r) => setTimeout(r, 5));

/** The server side: every socket the page opens, what arrived on each, and the highest seq received. */
class FakeServer {
  constructor() {
    this.sockets = [];
    this.received = [];
    this.highest = 0;
    this.refuseNext = false;
  }

  createSocket(url) {
    const server = this;
    const socket = {
      url, readyState: 0, bufferedAmount: 0, sent: [],
      send(text) {
        if (this.readyState !== 1) throw new Error('send on a socket that is not open');
        this.sent.push(text);
        const message = JSON.parse(text);
        if (message.seq > server.highest) {
          server.highest = message.seq;
          server.received.push(message);
        }
      },
      close(code, reason) { this.readyState = 3; this.onclose && this.onclose({ code, reason }); },
      drop() { this.readyState = 3; this.onclose && this.onclose({ code: 1006, reason: '' }); },
    };
    this.sockets.push(socket);
    const first = this.sockets.length === 1;
    setTimeout(() => {
      if (this.refuseNext) {
        socket.readyState = 3;
        socket.onclose({ code: 1008, reason: 'wrong token' });
        return;
      }
      socket.readyState = 1;
      const hello = first ? { type: 'plan', cases: [] } : { type: 'resume', run: 'r', received: this.highest };
      socket.onmessage({ data: JSON.stringify(hello) });
    }, 1);
    return socket;
  }
}

{
  const server = new FakeServer();
  const { channel, plan } = await Channel.open('r', 't', { createSocket: (u) => server.createSocket(u), delays: [1, 1, 1] });
  check(Array.isArray(plan.cases), 'the first message is the plan');
  check(server.sockets[0].url === 'ws://127.0.0.1:1/ws?run=r&token=t', 'the socket names run and token');
  channel.log('info', 'one');
  channel.log('info', 'two');
  server.sockets[0].drop();
  channel.log('info', 'three (sent while the channel is down)');
  channel.done(0);
  await channel.close();
  const texts = server.received.map((m) => m.text || `done ${m.casesRun}`);
  check(server.sockets.length === 2, 'one reconnect');
  check(JSON.stringify(texts) === JSON.stringify(['one', 'two', 'three (sent while the channel is down)', 'done 0']),
    `everything arrived once, in order: ${JSON.stringify(texts)}`);
  check(server.sockets[1].sent.every((t) => JSON.parse(t).seq > 2), 'only what the server lacked was resent');
  check(server.received.every((m, i) => m.seq === i + 1), 'messages are numbered 1, 2, 3...');
}

{
  const server = new FakeServer();
  const { channel } = await Channel.open('r', 't', { createSocket: (u) => server.createSocket(u), delays: [1, 1, 1] });
  server.refuseNext = true;
  const errors = [];
  const original = console.error;
  console.error = (text) => errors.push(text);
  console.warn = () => {};
  server.sockets[0].drop();
  await channel.reconnecting;
  console.error = original;
  check(server.sockets.length === 2, 'a refused reconnect (1008) is not retried');
  check(errors.some((e) => e.includes('lost for good')), `the loss is said: ${errors[0]}`);
}

{
  const server = new FakeServer();
  const refused = await Channel.open('r', 't', {
    createSocket: (u) => { server.refuseNext = true; return server.createSocket(u); }, delays: [1],
  }).then(() => 'opened', (e) => e.message);
  check(refused === 'result channel closed: 1008 wrong token', `a refused first connection rejects: ${refused}`);
}

await tick();
if (failures > 0) {
  console.log(`${failures} failure(s)`);
  process.exit(1);
}
console.log('channel: all checks passed');
