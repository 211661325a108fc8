// Host code of fp32 matmul (wgsl/matmul.wgsl).
export const name = 'matmul';

export async function prepareWebGpu(gpu, spec, inputs) {
  const { M, N, K } = spec.params;
  const constants = spec.kernel.constants || {};
  const pipeline = await gpu.pipeline(spec.kernel.file, spec.kernel.entry, constants);
  const a = gpu.storage(inputs.a);
  const b = gpu.storage(inputs.b);
  const c = gpu.output(M * N * 4);
  const dims = gpu.uniform(new Uint32Array([M, N, K, 0]));
  const bindGroup = gpu.bindGroup(pipeline, [a, b, c, dims]);
  const wgX = constants.WG_X || 8;
  const wgY = constants.WG_Y || 8;
  const tile = spec.params.tile || 1;
  return {
    async run() {
      const encoder = gpu.encodeDispatch(pipeline, bindGroup, Math.ceil(N / (wgX * tile)), Math.ceil(M / (wgY * tile)));
      return new Float32Array(await gpu.readback(c, M * N * 4, encoder));
    },
    dispose() {
      for (const buffer of [a, b, c, dims]) buffer.destroy();
    },
  };
}
