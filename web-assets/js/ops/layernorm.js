// LayerNorm over the last dimension. params {rows, cols, eps}; inputs {x: rows*cols, gamma: cols, beta: cols}.
// constants {WG} (power of two).
import {bindGroupOf, constantsOf, destroyAll, requireShape, rowGrid, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'layernorm';

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {rows, cols, eps = 1e-5} = spec.params;
  requireShape(inputs.x && inputs.x.length === rows * cols, 'x must hold rows*cols values');
  requireShape(inputs.gamma && inputs.gamma.length === cols, 'gamma must hold cols values');
  requireShape(inputs.beta && inputs.beta.length === cols, 'beta must hold cols values');
  const constants = constantsOf(spec, {WG: 256});
  const pipeline = await gpu.pipeline(spec.kernel.file || 'layernorm.wgsl', spec.kernel.entry || 'layernorm', constants);
  const x = gpu.storage(inputs.x, {readOnly: true});
  const gamma = gpu.storage(inputs.gamma, {readOnly: true});
  const beta = gpu.storage(inputs.beta, {readOnly: true});
  const bytes = rows * cols * 4;
  const y = gpu.output(bytes);
  const params = uniformOf(gpu, [{u32: rows}, {u32: cols}, {f32: eps}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: x, 1: gamma, 2: beta, 3: y, 4: params});
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups: rowGrid(rows)}], y, bytes, repeat),
    dispose: () => destroyAll([x, gamma, beta, y, params]),
  };
}
