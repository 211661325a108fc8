// 1-D convolution (+ exact erf GELU), Whisper's stem, on WebAssembly. Same params and tensors as ./webgpu.js:
// params {cin, length, cout, kernel (3), stride (1|2), pad (1), gelu (true)}; tensors {x, w, bias}.
// The C kernel is specialised to kernel 3, pad 1 (Whisper's stem); other shapes are refused.
import {requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {cin, length, cout, kernel = 3, stride = 1, pad = 1, gelu = true} = node.params;
  requireShape(kernel === 3 && pad === 1 && (stride === 1 || stride === 2),
      `the WebAssembly conv1d supports kernel 3, pad 1, stride 1 or 2 (got kernel ${kernel}, pad ${pad}, stride ${stride})`);
  const {x, w, bias} = tensors;
  requireShape(x && x.length === cin * length, 'x must hold cin*length values');
  requireShape(w && w.length === cout * cin * kernel, 'w must hold cout*cin*kernel values');
  requireShape(bias && bias.length === cout, 'bias must hold cout values');
  // The convolution lands in a scratch tensor of this node when GELU follows (GELU cannot run in place).
  const scratch = gelu ? wasm.upload(new Float32Array(out.length)) : null;
  return {
    run: async () => {
      if (!gelu) {
        await wasm.conv1d(x, w, bias, {cin, length, cout, stride}, out);
        return;
      }
      await wasm.conv1d(x, w, bias, {cin, length, cout, stride}, scratch);
      await wasm.geluErf(scratch, out);
    },
    dispose: () => {
      if (scratch) scratch.free();
    },
  };
}
