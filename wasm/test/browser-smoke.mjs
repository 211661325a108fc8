// Runs wasm/test/suite.mjs inside a real headless browser: serves web-assets/ and wasm/test/ on
// 127.0.0.1 (with COOP/COEP unless --no-isolation), opens the page, and waits for the page to
// POST its log and result. Not part of the Maven test run.
//   node wasm/test/browser-smoke.mjs [chromium|firefox] [--no-isolation] [--bench]
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const browser = process.argv.find((a) => a === 'chromium' || a === 'firefox') ?? 'chromium';
const isolated = !process.argv.includes('--no-isolation');
const bench = process.argv.includes('--bench');
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

const page = `<!doctype html><meta charset="utf-8"><title>wasm smoke</title><pre id="out"></pre>
<script type="module">
const lines = [];
const log = (...a) => { lines.push(a.join(' ')); document.getElementById('out').textContent = lines.join('\\n'); };
let result;
try {
  const { runSuite } = await import('/wasm/test/suite.mjs');
  log('crossOriginIsolated=' + globalThis.crossOriginIsolated + ' SharedArrayBuffer=' + (typeof SharedArrayBuffer) +
      ' hardwareConcurrency=' + navigator.hardwareConcurrency);
  result = await runSuite({ log, bench: ${bench}, threads: ${isolated}, platform: navigator.userAgent });
} catch (e) { log('ERROR ' + (e && e.stack || e)); result = { failures: 1, checks: 0 }; }
await fetch('/result', { method: 'POST', body: JSON.stringify({ lines, result }) });
</script>`;

const server = http.createServer((req, res) => {
  const headers = isolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {};
  const url = new URL(req.url, 'http://x');
  if (req.method === 'POST' && url.pathname === '/result') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { res.end('ok'); finish(JSON.parse(body)); });
    return;
  }
  if (url.pathname === '/') { res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }); res.end(page); return; }
  // /wasm/test/* and /web-assets/* from the repository, everything else from web-assets
  const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
  const file = rel.startsWith('wasm/test/') || rel.startsWith('web-assets/') ? path.join(root, rel) : path.join(root, 'web-assets', rel);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { ...headers, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

let child, profile, timer;
function finish({ lines, result }) {
  for (const l of lines) console.log(l);
  console.log(`browser: ${browser}, isolated: ${isolated}`);
  cleanup(result && result.failures === 0 && result.checks > 0 ? 0 : 1);
}
// The browser runs in its own process group (detached), so its helpers end with it.
function cleanup(code) {
  clearTimeout(timer);
  server.close();
  const done = () => {
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  if (!child || child.exitCode !== null) { done(); return; }
  const signal = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  child.once('exit', () => setTimeout(() => { signal('SIGKILL'); done(); }, 500));
  signal('SIGTERM');
  setTimeout(() => { signal('SIGKILL'); done(); }, 5000);
}

server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wasm-smoke-'));
  const args = browser === 'chromium'
    ? ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', `--user-data-dir=${profile}`, url]
    : ['-headless', '-no-remote', '-profile', profile, url];
  child = spawn(browser === 'chromium' ? 'chromium' : 'firefox-esr', args, { stdio: 'ignore', detached: true });
  timer = setTimeout(() => { console.log('timeout: no result from the page in 120 s'); cleanup(1); }, 120000);
});
