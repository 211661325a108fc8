// Which tensors a case's graph reads and writes, checked before anything is allocated.

/** The graph's nodes with, per node, its op from the registry; throws on a tensor no node or constant provides. */
export function planGraph(spec, constants, findOp) {
  const known = new Set(Object.keys(constants));
  const nodes = spec.nodes.map((node, index) => {
    for (const [input, tensor] of Object.entries(node.inputs)) {
      if (!known.has(tensor)) {
        throw new Error(`case ${spec.id}: node ${index} (${node.op}) input '${input}' reads tensor '${tensor}', `
            + `which is neither a case tensor nor an earlier node's output`);
      }
    }
    known.add(node.output);
    return { node, op: findOp(node.op), elements: node.shape.reduce((a, b) => a * b, 1) };
  });
  if (!known.has(spec.output.name)) throw new Error(`case ${spec.id}: no node writes the output '${spec.output.name}'`);
  return nodes;
}

/** Builds a session; on any failure frees what it had allocated and rethrows, so nothing half-made stays. */
export async function built(session, constants) {
  try {
    await session.build(constants);
    return session;
  } catch (e) {
    session.dispose();
    throw e;
  }
}

/** The names of the tensors a case reads from weight files. */
export function weightNames(spec) {
  return new Set((spec.weights || []).flatMap((file) => file.tensors.map((t) => t.name)));
}
