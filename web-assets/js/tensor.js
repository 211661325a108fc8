// Tensors in and out: a case's constant tensors are fetched as binary blobs, outputs travel as base64
// little-endian float32.

/** {name: Float32Array|Uint32Array} of the case's tensors (inputs and weights), checked against their shapes. */
export async function fetchTensors(run, token, spec) {
  const inputs = {};
  for (const input of spec.tensors) {
    const response = await fetch(`/runs/${encodeURIComponent(run)}/blobs/${encodeURIComponent(input.blob)}`, {
      headers: { 'X-Webaccel-Token': token },
    });
    if (!response.ok) {
      throw new Error(`input ${input.name} of case ${spec.id}: HTTP ${response.status}`);
    }
    const bytes = await response.arrayBuffer();
    const count = input.shape.reduce((a, b) => a * b, 1);
    if (bytes.byteLength !== count * 4) {
      throw new Error(`input ${input.name} of case ${spec.id}: ${bytes.byteLength} bytes for shape ${input.shape}`);
    }
    inputs[input.name] = input.dtype === 'u32' ? new Uint32Array(bytes) : new Float32Array(bytes);
  }
  return inputs;
}

export function encodeF32(values, shape) {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk));
  }
  return { dtype: 'f32', shape, encoding: 'base64-f32le', data: btoa(binary) };
}
