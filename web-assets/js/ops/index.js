// The operations the harness knows, by plan name. Each op is composed from its WebGPU host code
// (js/ops/<op>.js: prepareWebGpu) and, where one exists, its WebAssembly host code
// (js/ops/wasm/<op>.js: prepareWasm, registered in js/ops/wasm/index.js).
import * as attention from './attention.js';
import * as conv1d from './conv1d.js';
import * as conv2dPatch from './conv2d_patch.js';
import * as elementwise from './elementwise.js';
import * as layernorm from './layernorm.js';
import * as logmel from './logmel.js';
import * as matmul from './matmul.js';
import * as probe from './probe.js';
import * as qmatmul from './qmatmul.js';
import * as softmax from './softmax.js';
import { WASM_OPS } from './wasm/index.js';

const WEBGPU_OPS = [attention, conv1d, conv2dPatch, elementwise, layernorm, logmel, matmul, probe, qmatmul, softmax];

const OPS = new Map();
for (const op of WEBGPU_OPS) {
  OPS.set(op.name, { name: op.name, prepareWebGpu: op.prepareWebGpu });
}
for (const op of WASM_OPS) {
  const known = OPS.get(op.name) || { name: op.name };
  OPS.set(op.name, { ...known, prepareWasm: op.prepareWasm });
}

export function findOp(name) {
  const op = OPS.get(name);
  if (!op) throw new Error(`unknown op '${name}'; known: ${[...OPS.keys()].join(', ')}`);
  return op;
}
