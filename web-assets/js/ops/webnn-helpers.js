// Helpers for the WebNN host code (js/ops/<op>/webnn.js): graph inputs with their data kept for the runner.

/** Declares a float32 graph input and remembers its data, to be written into a tensor (or fed) at run time. */
export function input(builder, operands, name, data, shape) {
  const desc = { dataType: 'float32', shape, dimensions: shape };
  operands[name] = { desc, data };
  return builder.input(name, desc);
}
