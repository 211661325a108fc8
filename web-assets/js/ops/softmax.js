// Row softmax. params {rows, cols}; inputs {x: rows*cols}. constants {WG} (power of two).
import {bindGroupOf, constantsOf, destroyAll, requireShape, rowGrid, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'softmax';

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {rows, cols} = spec.params;
  requireShape(inputs.x && inputs.x.length === rows * cols, 'x must hold rows*cols values');
  const constants = constantsOf(spec, {WG: 256});
  const pipeline = await gpu.pipeline(spec.kernel.file || 'softmax.wgsl', spec.kernel.entry || 'softmax', constants);
  const x = gpu.storage(inputs.x, {readOnly: true});
  const bytes = rows * cols * 4;
  const y = gpu.output(bytes);
  const params = uniformOf(gpu, [{u32: rows}, {u32: cols}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: x, 1: y, 2: params});
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups: rowGrid(rows)}], y, bytes, repeat),
    dispose: () => destroyAll([x, y, params]),
  };
}
