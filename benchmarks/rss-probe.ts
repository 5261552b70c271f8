// Loaded with --import into each `zhnum extract` the speed suite times:
// writes the process's peak resident memory (KiB) and CPU time (user and
// system, µs), worker threads included, to $ZHNUM_RSS_FILE when it exits.
// CPU time is the figure that a busy machine disturbs least.
//
// The peak is VmHWM from /proc/self/status where there is one (Linux): the
// high-water mark of this process's own memory since it started. The
// rusage figure (`resourceUsage().maxRSS`) keeps, across fork and exec, the
// resident memory of the parent at the fork: a 1 KB file read 405 MiB when
// the suite itself held 400 MiB, and every peak the suite wrote before
// 2026-12-05 is at least the suite's own memory at that moment (about
// 160–170 MiB then). Elsewhere the rusage figure is all there is.
import { readFileSync, writeFileSync } from 'node:fs';

/** VmHWM in KiB, or null where /proc cannot say. */
function highWaterKiB(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const file = process.env.ZHNUM_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: highWaterKiB() ?? u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  });
}
