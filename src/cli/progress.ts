// `extract`'s progress line. Apart from common.ts, which loads the datasets
// and extractors modules: `extract` starts once per chunk under GNU parallel,
// and its main thread loads nothing it does not use.
import type { StreamProgress } from '../harness/stream.js';

/** `extract`'s progress line on stderr, only when it is a terminal; `clear` before other messages. */
export function streamProgressPrinter(): { update: (p: StreamProgress) => void; clear: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  let shown = false;
  return {
    update: (p) => {
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      const mb = p.bytes / 2 ** 20;
      process.stderr.write(`\r${p.docs} documents, ${p.mentions} mentions, ${mb.toFixed(1)} MiB, ${(mb / Math.max(p.elapsedMs / 1000, 1e-3)).toFixed(1)} MiB/s   `);
      shown = true;
    },
    clear: () => { if (shown) { process.stderr.write('\r\x1b[K'); shown = false; } },
  };
}
