// The result channel: one WebSocket per run, typed messages out, the plan in.
export const PROTOCOL_VERSION = 1;

export class Channel {
  constructor(socket, run) {
    this.socket = socket;
    this.run = run;
  }

  /** Opens /ws with the run id and token and resolves with the channel and the plan it receives. */
  static open(run, token) {
    return new Promise((resolve, reject) => {
      const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
      const url = `${scheme}//${location.host}/ws?run=${encodeURIComponent(run)}&token=${encodeURIComponent(token)}`;
      const socket = new WebSocket(url);
      const channel = new Channel(socket, run);
      socket.onmessage = (event) => {
        let plan;
        try {
          plan = JSON.parse(event.data);
        } catch (e) {
          reject(new Error(`the server sent a plan that is not JSON: ${e.message}`));
          return;
        }
        socket.onmessage = null;
        resolve({ channel, plan });
      };
      socket.onclose = (event) => reject(new Error(`result channel closed: ${event.code} ${event.reason}`));
      socket.onerror = () => reject(new Error(`cannot open result channel ${url.replace(/token=[^&]*/, 'token=…')}`));
    });
  }

  send(type, body) {
    if (this.socket.readyState !== WebSocket.OPEN) {
      return false;
    }
    this.socket.send(JSON.stringify({ v: PROTOCOL_VERSION, type, run: this.run, ...body }));
    return true;
  }

  hello() {
    this.send('hello', { userAgent: navigator.userAgent });
  }

  capabilities(capabilities) {
    this.send('capabilities', { capabilities });
  }

  caseResult(result) {
    this.send('case-result', result);
  }

  log(level, text) {
    this.send('log', { level, text });
  }

  error(caseId, kind, error) {
    const message = error && error.message !== undefined ? error.message : String(error);
    const stack = error && error.stack ? String(error.stack) : '';
    this.send('error', { caseId, kind, message, stack });
  }

  done(casesRun) {
    this.send('done', { casesRun });
  }

  /** Waits until everything queued has left the browser, then closes. */
  async close() {
    for (let i = 0; i < 200 && this.socket.bufferedAmount > 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    this.socket.close(1000, 'done');
  }
}
