// The layernorm checks both backends make.
import {requireShape} from '../gpu-helpers.js';

export function checkLayerNorm(node, {x, gamma, beta}) {
  const {rows, cols} = node.params;
  requireShape(x && x.length === rows * cols, 'x must hold rows*cols values');
  requireShape(gamma && gamma.length === cols, 'gamma must hold cols values');
  requireShape(beta && beta.length === cols, 'beta must hold cols values');
}
