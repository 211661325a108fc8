// The gather checks both backends make.
import {requireShape} from '../gpu-helpers.js';

export function checkGather(node, {table, ids}) {
  const {rows, dim, vocab} = node.params;
  requireShape(Number.isInteger(rows) && rows > 0 && Number.isInteger(dim) && dim > 0 && Number.isInteger(vocab)
      && vocab > 0 && vocab <= 1 << 24,
      `gather params rows, dim, vocab must be positive integers, vocab <= 2^24 (ids are f32) (got rows ${rows}, dim ${dim}, vocab ${vocab})`);
  requireShape(table && table.length === vocab * dim,
      `table must hold vocab*dim = ${vocab * dim} values (got ${table ? table.length : 'none'})`);
  requireShape(ids && ids.length === rows, `ids must hold rows = ${rows} values (got ${ids ? ids.length : 'none'})`);
  requireShape(!ids.dtype || ids.dtype === 'f32', `ids must be f32 values holding integers (got dtype ${ids.dtype})`);
  return {rows, dim, vocab};
}
