// Module worker for the threaded WASM build (browser Web Worker or Node worker_threads).
// Messages: {type:'init', id, module, memory, stackTop} instantiates kernels-simd-threads.wasm
// on the shared memory with its own stack (the linker's __stack_pointer global is per
// instance, so each worker points it at a separate region the main thread allocated);
// {type:'call', id, fn, args} runs one export (a row/frame range) and answers {type:'done', id, ms}.

let exports = null;
let reply;

function handle(m) {
  try {
    if (m.type === 'init') {
      WebAssembly.instantiate(m.module, { env: { memory: m.memory } }).then((inst) => {
        exports = inst.exports;
        exports.__stack_pointer.value = m.stackTop;
        reply({ type: 'ready', id: m.id });
      }, (e) => reply({ type: 'error', id: m.id, message: String(e && e.message || e) }));
      return;
    }
    if (m.type === 'call') {
      if (!exports) throw new Error('call before init');
      const fn = exports[m.fn];
      if (typeof fn !== 'function') throw new Error(`no export ${m.fn}`);
      const t0 = performance.now();
      fn(...m.args);
      reply({ type: 'done', id: m.id, ms: performance.now() - t0 });
      return;
    }
    throw new Error(`unknown message type ${m.type}`);
  } catch (e) {
    reply({ type: 'error', id: m.id, message: String(e && e.message || e) });
  }
}

if (typeof WorkerGlobalScope !== 'undefined') {
  reply = (m) => self.postMessage(m);
  self.addEventListener('message', (e) => handle(e.data));
} else {
  const { parentPort } = await import('node:worker_threads');
  reply = (m) => parentPort.postMessage(m);
  parentPort.on('message', handle);
}
