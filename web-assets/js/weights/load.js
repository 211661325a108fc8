// Fetches a case's weights from safetensors files in byte ranges: the length, the header (checked against what
// the config implies before any data is fetched), then each tensor the graph reads, widened to float32 and checked
// to be finite.
import { checkAgainstConfig, checkFinite, headerLength, parseHeader, toFloat32, WeightsError } from './safetensors.js';

/** {name: Float32Array} of every weight the case's graph reads. */
export async function loadWeights(run, token, spec) {
  const tensors = {};
  for (const file of spec.weights || []) {
    Object.assign(tensors, await loadFile(run, token, file));
  }
  return tensors;
}

async function loadFile(run, token, file) {
  const url = `/runs/${encodeURIComponent(run)}/files/${encodeURIComponent(file.file)}`;
  const range = (first, last) => fetchRange(url, token, file.file, first, last);
  const { bytes: first8, size } = await range(0, 7);
  const n = headerLength(file.file, first8, size);
  const { bytes: headerBytes } = await range(8, 8 + n - 1);
  const dataStart = 8 + n;
  const entries = parseHeader(file.file, headerBytes, size - dataStart);
  const found = checkAgainstConfig(file.file, entries, file.tensors, file.ignored);
  const out = {};
  for (const want of file.tensors) {
    const entry = found.get(want.name);
    if (entry.end === entry.begin) {
      out[want.name] = new Float32Array(0);
      continue;
    }
    const { bytes } = await range(dataStart + entry.begin, dataStart + entry.end - 1);
    out[want.name] = toFloat32(entry.dtype, bytes);
    checkFinite(file.file, want.name, out[want.name]);
  }
  return out;
}

/** The bytes [first, last] and the file's total size (from Content-Range). */
async function fetchRange(url, token, file, first, last) {
  const response = await fetch(url, { headers: { 'X-Webaccel-Token': token, Range: `bytes=${first}-${last}` } });
  if (response.status === 416) {
    const total = Number((response.headers.get('Content-Range') || '').split('/')[1]);
    return { bytes: new Uint8Array(0), size: Number.isFinite(total) ? total : 0 };
  }
  if (response.status !== 206) {
    throw new WeightsError(file, `fetching bytes ${first}-${last} gave HTTP ${response.status}, expected 206`);
  }
  const size = Number((response.headers.get('Content-Range') || '').split('/')[1]);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!Number.isFinite(size) || bytes.byteLength !== Math.min(last, size - 1) - first + 1) {
    throw new WeightsError(file, `bytes ${first}-${last}: the server sent ${bytes.byteLength} bytes `
      + `(Content-Range ${response.headers.get('Content-Range')}); the file changed while it was read`);
  }
  return { bytes, size };
}
