// Loaded with --import into each `zhnum extract` the speed suite times:
// writes the process's peak resident memory (KiB, worker threads included)
// to $ZHNUM_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.ZHNUM_RSS_FILE;
if (file) process.on('exit', () => { writeFileSync(file, String(process.resourceUsage().maxRSS)); });
