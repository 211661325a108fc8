// 1-D convolution (+ exact erf GELU) on WebAssembly. Same params and tensors as ./webgpu.js:
// params {cin, length, cout, kernel (3), stride (1), pad (1), groups (1), gelu (true), trim (0)};
// tensors {x, w, bias (optional)}. Threads split the output channels.
import {checkConv1d} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const p = checkConv1d(node, tensors, out);
  const {x, w, bias = null} = tensors;
  // The convolution lands in a scratch tensor of this node when GELU follows (GELU cannot run in place).
  const scratch = p.gelu ? wasm.upload(new Float32Array(out.length)) : null;
  return {
    run: async () => {
      if (!p.gelu) {
        await wasm.conv1d(x, w, bias, p, out);
        return;
      }
      await wasm.conv1d(x, w, bias, p, scratch);
      await wasm.geluErf(scratch, out);
    },
    dispose: () => {
      if (scratch) scratch.free();
    },
  };
}
