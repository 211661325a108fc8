// Rotary inverse frequencies exactly as Hugging Face computes them in float32:
//   inv_freq = 1.0 / (theta ** (torch.arange(0, headDim, 2).float() / headDim))

export function inverseFrequencies(headDim, theta) {
  const f = Math.fround;
  return Float32Array.from({length: headDim / 2}, (_, i) => f(1 / f(Math.pow(f(theta), f((2 * i) / headDim)))));
}
