// Rotary position embedding on WebAssembly. Same params and tensors as ./webgpu.js:
// params {batch, seq, heads, headDim, theta}; tensors {x}.
import {inverseFrequencies} from './frequencies.js';
import {checkRope} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const p = checkRope(node, tensors, out);
  const invFreq = wasm.upload(inverseFrequencies(p.headDim, p.theta));
  return {run: () => wasm.rope(tensors.x, invFreq, p, out), dispose: () => invFreq.free()};
}
