// The tile shape of mha.wgsl for one head size: the override constants, workgroup array lengths included
// (WGSL sizes workgroup arrays by a plain override, so the host computes them here, once).
// Larger query tiles first (every workgroup reads all of K and V once), then the largest key tile that fits.
import {requireShape} from '../gpu-helpers.js';

export const MAX_ACC = 8;  // vec4 accumulators per thread, as in mha.wgsl
const QUERY_TILES = [16, 8, 4, 2, 1];
const KEY_TILES = [32, 16, 8, 4, 2, 1];

function bytesOf({TQ, TK, D4}) {
  return 16 * TQ * D4 + 16 * TK * (D4 + 1) + 4 * TQ * (TK + 1) + 12 * TQ;
}

function shape(D, TQ, TK, WG) {
  const D4 = Math.ceil(D / 4);
  return {D, D4, TQ, TK, WG, QS_LEN: TQ * D4, KV_LEN: TK * (D4 + 1), PS_LEN: TQ * (TK + 1)};
}

function fits(tile, limit) {
  const perRow = tile.WG / tile.TQ;
  return bytesOf(tile) <= limit && Math.ceil(tile.D4 / perRow) <= MAX_ACC;
}

/** constants {D, D4, TQ, TK, WG, QS_LEN, KV_LEN, PS_LEN}; TQ, TK and WG may be given (kernel.constants). */
export function mhaTiles(headDim, lq, limitBytes, given = {}) {
  const WG = given.WG ?? 128;
  requireShape(Number.isInteger(WG) && WG >= 1 && WG <= 256, `mha: constant WG must be 1..256, got ${WG}`);
  if (given.TQ !== undefined || given.TK !== undefined) {
    const tile = shape(headDim, given.TQ ?? 16, given.TK ?? 16, WG);
    requireShape(WG % tile.TQ === 0, `mha: WG (${WG}) must be a multiple of TQ (${tile.TQ})`);
    requireShape(fits(tile, limitBytes), `mha: tiles TQ ${tile.TQ}, TK ${tile.TK} for headDim ${headDim} need `
        + `${bytesOf(tile)} bytes of workgroup memory (limit ${limitBytes}) and <= ${MAX_ACC} vec4 accumulators per thread`);
    return tile;
  }
  const rowsUpTo = 2 ** Math.ceil(Math.log2(Math.max(1, lq)));  // no query tile beyond lq's next power of two
  for (const TQ of QUERY_TILES.filter((t) => t <= rowsUpTo && WG % t === 0)) {
    for (const TK of KEY_TILES) {
      const tile = shape(headDim, TQ, TK, WG);
      if (fits(tile, limitBytes)) return tile;
    }
  }
  throw new Error(`mha: no tile of mha.wgsl fits headDim ${headDim} in ${limitBytes} bytes of workgroup memory `
      + `(maxComputeWorkgroupStorageSize) with WG ${WG}; use a smaller headDim or the WASM backend`);
}
