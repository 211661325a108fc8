// The operations the harness knows, by plan name.
import * as matmul from './matmul.js';

const OPS = new Map([matmul].map((op) => [op.name, op]));

export function findOp(name) {
  const op = OPS.get(name);
  if (!op) throw new Error(`unknown op '${name}'; known: ${[...OPS.keys()].join(', ')}`);
  return op;
}
