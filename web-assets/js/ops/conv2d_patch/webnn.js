// ViT patch embedding as a WebNN conv2d (kernel = stride = patch), reshaped to tokens x dim. Same params and
// inputs as ./webgpu.js.
import {input} from '../webnn-helpers.js';

export function graph(builder, node, inputs) {
  const { channels, height, width, dim, patch } = node.params;
  const tokens = (height / patch) * (width / patch);
  const operands = {};
  const image = input(builder, operands, 'image', inputs.image, [1, channels, height, width]);
  const filter = input(builder, operands, 'w', inputs.w, [dim, channels, patch, patch]);
  const bias = input(builder, operands, 'bias', inputs.bias, [dim]);
  const conv = builder.conv2d(image, filter, { strides: [patch, patch], bias });  // [1, dim, gh, gw]
  const output = builder.transpose(builder.reshape(conv, [dim, tokens]), { permutation: [1, 0] });
  return { operands, output, feeds: { outputShape: [tokens, dim] }, outputLength: tokens * dim };
}
