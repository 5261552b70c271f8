// UTF-8 bytes → a string, for the blocks of `zhnum extract`; and UTF-16 units → a string.
//
// Why not `buffer.toString('utf8')`: V8's UTF-8 decoder takes its slow path on
// every non-ASCII byte; on Chinese text it ran at ~160 MB/s here and was the
// largest single cost of a worker after the extraction itself (14% of its
// time). `isUtf8` (simdutf) checks the bytes first, so the loop only ever
// sees valid UTF-8 and decodes without checks into UTF-16 units (counting
// line feeds on the way, which the block needs anyway), which become a
// string in one copy; tests compare the output with Buffer#toString. The
// loop is WebAssembly (utf8.wat): 0.55 ns a byte of dense report text
// against 1.05 for the same loop in JavaScript, which still runs where
// WebAssembly cannot (text/wasm.ts) and for a decode while the scratch is
// held; `zhnum extract` on 256 MiB ran 2–8% faster with it (alternated whole
// processes; docs/speed.md).
import { isUtf8 } from 'node:buffer';
import { UTF8_WASM } from './utf8-wasm.js';
import { wasmInstance, wasmMemory, wasmModule } from './wasm.js';

// Scratch space for the decoded units, reused from block to block (fresh
// megabytes for every block cost page faults): the WebAssembly loop's memory,
// or an array where the JavaScript loop runs. A caller of decodeUtf8Units
// holds it until releaseUnits; a decode while it is held (nothing does that
// today: a worker serves one request at a time, pool.ts) gets an array of
// its own instead of overwriting the holder's.
let held = false;
/** the scratch units last handed out (a view of the loop's memory, or `units`) */
let lent: Uint16Array | null = null;
/** the JavaScript loop's scratch, made when that loop first runs */
let units: Uint16Array | null = null;

const MODULE = wasmModule(UTF8_WASM);
let wasmFailed = MODULE === null;

/** The WebAssembly loop with a memory of its own for up to `capacity` bytes: the bytes at 0, the units from `capacity` (at most one a byte). */
interface Decoder {
  readonly capacity: number;
  readonly memory: WebAssembly.Memory;
  /** the whole memory, for copying the bytes in */
  readonly bytes: Uint8Array;
  readonly decode: (n: number, bytesAt: number, unitsAt: number) => number;
  readonly newlines: WebAssembly.Global;
  readonly astral: WebAssembly.Global;
}
let decoder: Decoder | null = null;
// A file's parts are about 1 MiB (BLOCK_BYTES; 4 MiB for a sentence-local
// extractor), cut after a sentence end: a first memory for 2 MiB serves the
// first and doubles when a larger part comes (only pages written are resident)
const FIRST_CAPACITY = 1 << 21;
// 3 bytes of memory a byte of input: WebAssembly's 4 GiB hold a gigabyte; the
// longest block zhnum extract makes is a line of MAX_LINE_BYTES (128 MiB)
const MAX_WASM_BYTES = 1 << 30;
// a memory kept after a block larger than this is given back at releaseUnits
const KEEP_CAPACITY = 1 << 24;

/** The decoder for n bytes, or null where none can be made (then the JavaScript loop). */
function decoderFor(n: number): Decoder | null {
  if (wasmFailed || n > MAX_WASM_BYTES) return null;
  if (decoder && decoder.capacity >= n) return decoder;
  // a multiple of 8: the units start there, and a Uint16Array view must start at an even byte
  const capacity = (Math.min(MAX_WASM_BYTES, Math.max(n, FIRST_CAPACITY, decoder ? 2 * decoder.capacity : 0)) + 7) & ~7;
  const memory = wasmMemory(3 * capacity);
  const ex = memory && (wasmInstance(MODULE!, memory) as unknown as Pick<Decoder, 'decode' | 'newlines' | 'astral'> | null);
  if (!memory || !ex) {
    // refused (text/wasm.ts): with no memory held, none will be made; with one held, it serves the blocks it holds
    if (decoder === null) wasmFailed = true;
    return null;
  }
  decoder = { capacity, memory, bytes: new Uint8Array(memory.buffer), decode: ex.decode, newlines: ex.newlines, astral: ex.astral };
  return decoder;
}

/** The text of valid UTF-8 bytes and its line-feed count; null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string; newlines: number } | null {
  const d = decodeUtf8Units(bytes);
  if (d === null) return null;
  const text = utf16String(d.units, d.length);
  releaseUnits(d.units);
  return { text, newlines: d.newlines };
}

/**
 * Valid UTF-8 bytes as UTF-16 units, in a scratch array that is reused once
 * `releaseUnits(units)` gives it back; null when the bytes are not valid
 * UTF-8. `astral`: the surrogate pairs among the units.
 */
export function decodeUtf8Units(bytes: Uint8Array): { units: Uint16Array; length: number; newlines: number; astral: number } | null {
  if (!isUtf8(bytes)) return null;
  const n = bytes.length;
  if (held) {
    // a byte gives at most one UTF-16 unit (4 bytes give 2)
    const o = new Uint16Array(n);
    const length = decodeInto(bytes, o);
    return { units: o, length, newlines: decodedNewlines, astral: decodedAstral };
  }
  const d = decoderFor(n);
  if (d !== null) {
    d.bytes.set(bytes, 0);
    const length = d.decode(n, 0, d.capacity);
    held = true;
    lent = new Uint16Array(d.memory.buffer, d.capacity, length);
    return { units: lent, length, newlines: d.newlines.value as number, astral: d.astral.value as number };
  }
  if (units === null || units.length < n) units = new Uint16Array(Math.max(n, 1 << 16, units ? 2 * units.length : 0));
  const length = decodeInto(bytes, units);
  held = true;
  lent = units;
  return { units, length, newlines: decodedNewlines, astral: decodedAstral };
}

// decodeInto's counts besides the length it returns.
let decodedNewlines = 0, decodedAstral = 0;

// The JavaScript loop (where the WebAssembly one cannot run, and for a decode
// while the scratch is held), apart from the object decodeUtf8Units returns. V8 optimizes the
// loop while the first block decodes and swaps the code in mid-loop; that code
// ended at building the result, which no call had reached yet, so it was
// thrown away there (at two to four blocks of every worker, each then decoded
// again in the interpreter). A number returned needs nothing of the kind.
function decodeInto(bytes: Uint8Array, o: Uint16Array): number {
  const n = bytes.length;
  let j = 0, newlines = 0, astral = 0;
  for (let i = 0; i < n;) {
    const c = bytes[i];
    if (c < 0x80) {
      if (c === 10) newlines++;
      o[j++] = c;
      i++;
    } else if (c < 0xe0) {
      o[j++] = ((c & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      o[j++] = ((c & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      const cp = (((c & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f)) - 0x10000;
      o[j++] = 0xd800 + (cp >> 10);
      o[j++] = 0xdc00 + (cp & 0x3ff);
      astral++;
      i += 4;
    }
  }
  decodedNewlines = newlines;
  decodedAstral = astral;
  return j;
}

/** Give back the units decodeUtf8Units returned; the scratch space is not kept alive by a huge one-off block. */
export function releaseUnits(u: Uint16Array): void {
  if (u !== lent) return;
  held = false;
  lent = null;
  if (units && units.length > KEEP_CAPACITY) units = null;
  if (decoder && decoder.capacity > KEEP_CAPACITY) decoder = null;
}

/** Line feeds in UTF-8 bytes (where the bytes are not decoded: invalid input, a failed block). */
export function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

// Buffer's UTF-16LE decoding is a plain copy into a two-byte string, about a
// third faster than TextDecoder('utf-16le') (measured on the seed corpus);
// the documented toString, not the ucs2Slice it calls (once per block, so the
// argument checks cost nothing measurable).
/** The string of the first `len` UTF-16 units (or of units [from, from + len)). */
export function utf16String(units: Uint16Array, len: number, from = 0): string {
  return Buffer.from(units.buffer, units.byteOffset + 2 * from, len * 2).toString('utf16le');
}
