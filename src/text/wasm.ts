// What the two WebAssembly loops (core/normalize.wat, text/utf8.wat) share:
// the module compiled where WebAssembly can run, and a memory made where
// one can be. Each loop falls back to the same loop in JavaScript where
// either is missing: `node --jitless` has no WebAssembly, and V8 reserves
// about 10 GiB of address space for each memory, which a low `ulimit -v`
// refuses (with a RangeError). A memory is made at the size its texts need
// and replaced by a larger one, never grown: growing detaches its buffer,
// and the first buffer detached in a process makes V8 check every
// typed-array access of its optimized code from then on (its
// ArrayBufferDetaching protector).

/** The module of these bytes (base64), or null where WebAssembly cannot run. */
export function wasmModule(base64: string): WebAssembly.Module | null {
  return typeof WebAssembly === 'object' ? new WebAssembly.Module(Buffer.from(base64, 'base64')) : null;
}

/** The exports of an instance of `module` on `memory` (imported as js.memory), or null where V8 refuses it for want of memory; any other failure is thrown. */
export function wasmInstance(module: WebAssembly.Module, memory: WebAssembly.Memory): WebAssembly.Exports | null {
  try {
    return new WebAssembly.Instance(module, { js: { memory } }).exports;
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

// The smallest memory refused so far: none as large is asked for again.
let refusedFrom = Infinity;

/**
 * A memory of at least `bytes` bytes, or null where the address space for
 * one is refused; any other failure is thrown. V8 runs full collections
 * before it refuses one (about 60 ms each time here: twenty 3 MB blocks took
 * 14 s where each asked again), so a size refused once is not asked for
 * again, nor any larger; and since every memory reserves the same address
 * space whatever its size, a caller that holds none when one is refused
 * turns its WebAssembly loop off.
 */
export function wasmMemory(bytes: number): WebAssembly.Memory | null {
  if (bytes >= refusedFrom) return null;
  try {
    return new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    refusedFrom = bytes; // "could not allocate memory"
    return null;
  }
}
