// The safetensors format, checked before a byte of weights is used: an 8-byte little-endian header length N,
// N bytes of JSON {name: {dtype, shape, data_offsets: [begin, end]}, __metadata__?}, then the raw data
// (offsets relative to the byte after the header). Every problem names the file, the tensor and the fix.

export const MAX_HEADER_BYTES = 100 * 1024 * 1024;  // the format's own limit
const DTYPE_BYTES = { F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1 };
export const WEIGHT_DTYPES = new Set(['F32', 'F16', 'BF16']);

export class WeightsError extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.name = 'WeightsError';
    this.kind = 'weights';
  }
}

/** The header length from the first 8 bytes, checked against the limit and the file's size. */
export function headerLength(file, first8, fileSize) {
  if (fileSize < 8 || first8.byteLength < 8) {
    throw new WeightsError(file, `truncated: ${fileSize} bytes, but a safetensors file starts with an 8-byte header `
      + 'length; download the file again');
  }
  const n = new DataView(first8.buffer, first8.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_BYTES)) {
    throw new WeightsError(file, `corrupt header: it claims ${n} bytes, more than the format's limit of `
      + `${MAX_HEADER_BYTES}; this is not a safetensors file or it is damaged`);
  }
  if (n === 0n || 8n + n > BigInt(fileSize)) {
    throw new WeightsError(file, `truncated: the header claims ${n} bytes but the file holds ${fileSize - 8} after `
      + 'its length; download the file again');
  }
  return Number(n);
}

/** [{name, dtype, shape, begin, end}] sorted by begin, checked for types, sizes, bounds and overlaps. */
export function parseHeader(file, headerBytes, dataBytes) {
  let header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch (e) {
    throw new WeightsError(file, `corrupt header: not valid JSON (${e.message})`);
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) {
    throw new WeightsError(file, 'corrupt header: the JSON is not an object of tensors');
  }
  const entries = [];
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    entries.push(checkEntry(file, name, entry, dataBytes));
  }
  entries.sort((a, b) => a.begin - b.begin);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].begin < entries[i - 1].end) {
      throw new WeightsError(file, `tensor '${entries[i].name}' overlaps tensor '${entries[i - 1].name}' `
        + `(bytes ${entries[i].begin} < ${entries[i - 1].end}): corrupt header`);
    }
  }
  return entries;
}

function checkEntry(file, name, entry, dataBytes) {
  const where = `tensor '${name}'`;
  if (!entry || typeof entry !== 'object') throw new WeightsError(file, `${where}: header entry is not an object`);
  const { dtype, shape, data_offsets: offsets } = entry;
  if (!(dtype in DTYPE_BYTES)) throw new WeightsError(file, `${where}: unknown dtype ${JSON.stringify(dtype)}`);
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new WeightsError(file, `${where}: shape ${JSON.stringify(shape)} is not a list of sizes`);
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)
      || offsets[0] > offsets[1]) {
    throw new WeightsError(file, `${where}: data_offsets ${JSON.stringify(offsets)} are not [begin, end]`);
  }
  const [begin, end] = offsets;
  if (end > dataBytes) {
    throw new WeightsError(file, `${where}: data_offsets [${begin}, ${end}] run past the end of the data `
      + `(${dataBytes} bytes): the file is truncated or its header lies; download it again`);
  }
  const needed = shape.reduce((a, b) => a * b, 1) * DTYPE_BYTES[dtype];
  if (end - begin !== needed) {
    throw new WeightsError(file, `${where}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes but `
      + `${dtype} ${JSON.stringify(shape)} needs ${needed}: corrupt header`);
  }
  return { name, dtype, shape, begin, end };
}

/**
 * Checks the file against what the model's config implies: every expected tensor present with its shape and a
 * float dtype, nothing else but the ignored names. Reports every problem at once.
 * @returns Map name -> entry of the expected tensors
 */
export function checkAgainstConfig(file, entries, expected, ignored = []) {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const problems = [];
  const found = new Map();
  for (const want of expected) {
    const entry = byName.get(want.name);
    if (!entry) {
      problems.push(`missing tensor '${want.name}' (shape ${JSON.stringify(want.shape)}) that the config implies`);
    } else if (JSON.stringify(entry.shape) !== JSON.stringify(want.shape)) {
      problems.push(`tensor '${want.name}' has shape ${JSON.stringify(entry.shape)}, the config implies `
        + `${JSON.stringify(want.shape)}`);
    } else if (!WEIGHT_DTYPES.has(entry.dtype)) {
      problems.push(`tensor '${want.name}' has dtype ${entry.dtype}; weights must be F32, F16 or BF16`);
    } else {
      found.set(want.name, entry);
    }
  }
  const known = new Set([...expected.map((t) => t.name), ...ignored]);
  const unexpected = entries.filter((e) => !known.has(e.name)).map((e) => `'${e.name}'`);
  if (unexpected.length > 0) {
    problems.push(`unexpected tensor(s) ${unexpected.slice(0, 5).join(', ')}${unexpected.length > 5
      ? ` and ${unexpected.length - 5} more` : ''} that this model's config does not use`);
  }
  if (problems.length > 0) {
    throw new WeightsError(file, `${problems.join('; ')}. Check that config.json belongs to this model.safetensors `
      + '(same architecture and sizes)');
  }
  return found;
}

/** A tensor's little-endian bytes as float32 (F16 and BF16 widened exactly). */
export function toFloat32(dtype, bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (dtype === 'F32') return new Float32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const halves = new Uint16Array(bytes.slice().buffer);
  const out = new Float32Array(halves.length);
  if (dtype === 'BF16') {
    const bits = new Uint32Array(out.buffer);
    for (let i = 0; i < halves.length; i++) bits[i] = halves[i] << 16;
    return out;
  }
  for (let i = 0; i < halves.length; i++) out[i] = f16ToF32(halves[i]);
  return out;
}

/** Refuses NaN and ±Infinity in a weight: no trained model holds them, a damaged file or a diverged run does. */
export function checkFinite(file, name, values) {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new WeightsError(file, `tensor '${name}' holds ${values[i]} at element ${i}; weights must be finite `
        + '(the file is damaged, or was saved from a run that diverged)');
    }
  }
}

function f16ToF32(h) {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
