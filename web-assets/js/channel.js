// The result channel: one WebSocket per run, typed messages out, the plan in.
// Every message carries a number (seq). When the socket drops, the page reconnects with its token; the server
// answers {type: 'resume', received: N} and the page resends what it numbered after N, so nothing is lost.
export const PROTOCOL_VERSION = 1;
/** Waits between reconnect attempts (5.6 s in all); the Java harness waits 8 s for the page to come back. */
export const RECONNECT_DELAYS_MS = [100, 300, 700, 1500, 3000];
/** What the page keeps for resending; beyond it the oldest messages go (and a reconnect says how many were lost). */
export const RESEND_BUFFER_CHARS = 64 * 1024 * 1024;
const POLICY_VIOLATION = 1008;
const OPEN = 1;

export class Channel {
  constructor(url, run, createSocket, delays) {
    this.url = url;
    this.run = run;
    this.createSocket = createSocket;
    this.delays = delays;
    this.seq = 0;
    this.unacknowledged = [];
    this.unacknowledgedChars = 0;
    this.forgotten = 0;
    this.reconnecting = null;
    this.closing = false;
    this.socket = null;
  }

  /**
   * Opens /ws with the run id and token and resolves with the channel and the plan it receives.
   * @param options.createSocket (url) => WebSocket-like, for tests; options.delays the reconnect waits
   */
  static open(run, token, { createSocket = (url) => new WebSocket(url), delays = RECONNECT_DELAYS_MS } = {}) {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const url = `${scheme}//${location.host}/ws?run=${encodeURIComponent(run)}&token=${encodeURIComponent(token)}`;
    const channel = new Channel(url, run, createSocket, delays);
    return channel.connect().then((first) => {
      let plan;
      try {
        plan = JSON.parse(first);
      } catch (e) {
        throw new Error(`the server sent a plan that is not JSON: ${e.message}`);
      }
      return { channel, plan };
    });
  }

  /** One socket: resolves with its first message, rejects when it closes or fails before one arrives. */
  connect() {
    return new Promise((resolve, reject) => {
      const socket = this.createSocket(this.url);
      let settled = false;
      socket.onmessage = (event) => {
        settled = true;
        socket.onmessage = null;
        this.socket = socket;
        socket.onclose = (closed) => this.lost(closed);
        resolve(event.data);
      };
      socket.onclose = (event) => {
        if (!settled) reject(Object.assign(new Error(`result channel closed: ${event.code} ${event.reason}`), { code: event.code }));
      };
      socket.onerror = () => {
        if (!settled) reject(new Error(`cannot open result channel ${this.url.replace(/token=[^&]*/, 'token=…')}`));
      };
    });
  }

  lost(event) {
    if (this.closing || event.code === POLICY_VIOLATION) return;
    this.reconnecting = this.reconnect(event);
  }

  async reconnect(event) {
    console.warn(`result channel lost (${event.code} ${event.reason || ''}); reconnecting`);
    for (const delay of this.delays) {
      await new Promise((r) => setTimeout(r, delay));
      let first;
      try {
        first = await this.connect();
      } catch (e) {
        if (e.code === POLICY_VIOLATION) break;
        continue;
      }
      this.resume(JSON.parse(first));
      this.reconnecting = null;
      return true;
    }
    this.reconnecting = null;
    console.error(`result channel lost for good after ${this.delays.length} attempts; what it sent since the last resume may be missing (${this.unacknowledged.length} kept for resend)`);
    return false;
  }

  /** The server said what it received: forget that, resend the rest in order. */
  resume(message) {
    const received = message && message.type === 'resume' ? Number(message.received) : 0;
    this.forget((entry) => entry.seq <= received);
    if (this.forgotten > 0 && this.unacknowledged.length > 0 && this.unacknowledged[0].seq > received + 1) {
      console.error(`result channel: ${this.unacknowledged[0].seq - received - 1} message(s) were dropped from the resend buffer`);
    }
    for (const entry of this.unacknowledged) this.socket.send(entry.text);
  }

  forget(acknowledged) {
    while (this.unacknowledged.length > 0 && acknowledged(this.unacknowledged[0])) {
      this.unacknowledgedChars -= this.unacknowledged.shift().text.length;
    }
  }

  /** Numbers, keeps and (when connected) sends a message; while reconnecting it waits for the resume. */
  send(type, body) {
    const seq = ++this.seq;
    const text = JSON.stringify({ v: PROTOCOL_VERSION, type, run: this.run, seq, ...body });
    this.unacknowledged.push({ seq, text });
    this.unacknowledgedChars += text.length;
    const before = this.unacknowledged.length;
    this.forget(() => this.unacknowledgedChars > RESEND_BUFFER_CHARS && this.unacknowledged.length > 1);
    this.forgotten += before - this.unacknowledged.length;
    if (this.socket && this.socket.readyState === OPEN && !this.reconnecting) this.socket.send(text);
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

  /** Waits for a reconnect in progress and until everything queued has left the browser, then closes. */
  async close() {
    if (this.reconnecting) await this.reconnecting;
    for (let i = 0; i < 200 && this.socket.bufferedAmount > 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    this.closing = true;
    this.socket.close(1000, 'done');
  }
}
