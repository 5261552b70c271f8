// V8 gives the objects of one shape a hidden class whose fields start with
// the kind of their first value (a small integer, say) and widen when another
// kind comes (a fraction, a string); compiled code that relied on the narrow
// kind is thrown away then, with the code that depends on the class, and
// compiled again. So the core makes objects of the shapes it builds in its
// hot loops at load, with every kind of value their fields hold (settleShapes
// in rules/context.ts, and beside the literals in numbers.ts, read.ts and
// pipeline.ts), and the classes are wide before any code is compiled.
//
// Those objects are kept here. A hidden class that no live object uses is
// collected at the first full collection, a second or so into a worker, and
// the next object of its shape starts narrow again: the settling was undone
// there, and the unit step, `readDate` and the dozen functions that depend on
// the mentions' class (13–15 thrown away a run, by `--trace-deopt`) were
// compiled twice in every worker.

const kept: object[] = [];

/** Keeps `o` alive for the life of the process, so that its hidden class stays as settled; returns it. */
export function keepShape<T extends object>(o: T): T {
  kept.push(o);
  return o;
}
