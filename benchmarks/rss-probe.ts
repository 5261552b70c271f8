// Loaded with --import into each `zhnum extract` the speed suite times:
// writes the process's peak resident memory (KiB) and CPU time (user and
// system, µs), worker threads included, to $ZHNUM_RSS_FILE when it exits.
// CPU time is the figure that a busy machine disturbs least.
import { writeFileSync } from 'node:fs';

const file = process.env.ZHNUM_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  });
}
