// 1-D convolution (+ exact erf GELU), Whisper's stem, on WebAssembly. Same spec as js/ops/conv1d.js:
// params {cin, length, cout, kernel (3), stride (1|2), pad (1), gelu (true)}; inputs {x, w, bias}.
// The C kernel is specialised to kernel 3, pad 1 (Whisper's stem); other shapes are refused.
import {prepared, requireShape, resident} from './common.js';

export const name = 'conv1d';

export async function prepareWasm(wasm, spec, inputs) {
  const {cin, length, cout, kernel = 3, stride = 1, pad = 1, gelu = true} = spec.params;
  requireShape(kernel === 3 && pad === 1 && (stride === 1 || stride === 2),
      `the WebAssembly conv1d supports kernel 3, pad 1, stride 1 or 2 (got kernel ${kernel}, pad ${pad}, stride ${stride})`);
  requireShape(inputs.x && inputs.x.length === cin * length, 'x must hold cin*length values');
  requireShape(inputs.w && inputs.w.length === cout * cin * kernel, 'w must hold cout*cin*kernel values');
  requireShape(inputs.bias && inputs.bias.length === cout, 'bias must hold cout values');
  const held = resident(wasm, inputs, ['x', 'w', 'bias']);
  const t = held.tensors;
  const run = async () => {
    const y = await wasm.conv1d(t.x, t.w, t.bias, {cin, length, cout, stride});
    return gelu ? wasm.geluErf(y) : y;
  };
  return prepared(run, held);
}
