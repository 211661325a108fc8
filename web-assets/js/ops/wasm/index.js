// WebAssembly host code per op (each module exports name and prepareWasm(wasm, spec, inputs)).
// Same spec.op names, params and input names as the WebGPU host code in js/ops/<op>.js.
import * as attention from './attention.js';
import * as conv1d from './conv1d.js';
import * as conv2dPatch from './conv2d_patch.js';
import * as elementwise from './elementwise.js';
import * as layernorm from './layernorm.js';
import * as logmel from './logmel.js';
import * as matmul from './matmul.js';
import * as qmatmul from './qmatmul.js';
import * as softmax from './softmax.js';

export const WASM_OPS = [attention, conv1d, conv2dPatch, elementwise, layernorm, logmel, matmul, qmatmul, softmax];
