// The session that runs a case on the backend dispatch chose.
import { BACKEND } from '../vocabulary.js';
import { WebGpuSession } from './webgpu-session.js';
import { WasmSession } from './wasm-session.js';
import { WebNNSession } from './webnn-session.js';

export function createSession(choice, spec, constants) {
  if (choice.backend === BACKEND.WEBGPU) return WebGpuSession.create(choice.target, spec, constants);
  if (choice.backend === BACKEND.WEBNN) return WebNNSession.create(choice.target, spec, constants);
  return WasmSession.create(choice.target, spec, constants);
}
