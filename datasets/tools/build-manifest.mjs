#!/usr/bin/env node
// Writes datasets/seeds/dataset.json: seed checksums, the gazette's units and
// the fixed splits. Units are given by title lines in units.tsv; each unit
// starts at the issuer line just above its title (a line that begins with a
// space, within 4 lines), so that headers stay with their document.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'datasets', 'seeds', 'dataset.json');
const GAZETTE = '002_0cdaa93c0b4343c5';

// Fixed splits by unit. Chosen once, by document type and size, before any
// extractor was scored; see datasets/seeds/README.md.
const SPLITS = {
  train: ['000_0803ddcace7f87fb', 'g01', 'g02', 'g03', 'g04', 'g05', 'g06', 'g07', 'g08', 'g09', 'g10', 'g11', 'g12', 'g13', 'g14', 'g15', 'g16', 'g17', 'g24', 'g25', 'g26'],
  dev: ['001_4fb558297ac8c4f4', 'g19', 'g22', 'g23'],
  test: ['003_ee0418a609b1ea66', '004_6dfca6dcd6d852bb', 'g18', 'g20', 'g21'],
};

const checksums = {};
for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
  checksums[f.slice(0, -4)] = createHash('sha256').update(readFileSync(join(SEEDS, f))).digest('hex');
}
const text = readFileSync(join(SEEDS, `${GAZETTE}.txt`), 'utf8');
const cps = Array.from(text);
const lineStarts = [0];
cps.forEach((c, i) => { if (c === '\n') lineStarts.push(i + 1); });
const lines = text.split('\n');
const rows = readFileSync(join(ROOT, 'datasets', 'seeds', 'units.tsv'), 'utf8').split('\n').filter((l) => /^g\d+\t/.test(l)).map((l) => l.split('\t'));
const starts = rows.map(([id, line, title]) => {
  let n = Number(line);
  for (let k = 1; k <= 4 && n - k >= 1; k++) if (lines[n - k - 1].startsWith(' ')) { n = n - k; break; }
  return { id: `${GAZETTE}#${id}`, short: id, line: n, title };
});
const units = starts.map((s, i) => ({
  id: s.id, doc: GAZETTE,
  start: i === 0 ? 0 : lineStarts[s.line - 1],
  end: i + 1 < starts.length ? lineStarts[starts[i + 1].line - 1] : cps.length,
  title: s.title,
}));
const expand = (ids) => ids.map((x) => (x.startsWith('g') ? `${GAZETTE}#${x}` : x));
const manifest = {
  name: 'zhnum-seeds',
  // 1.1.0: DATE units null (specification revision); 1.2.0: 千万吨级 per D-52; 1.2.1: 千亿级 (line 9621) per D-52;
  // 1.3.0: the damaged date 202541日 (004, test) optional per D-66
  version: '1.3.0',
  description: 'Numeric mentions in five Chinese official reports (court, procuratorate, People\'s Congress gazette, news), two independent annotation passes, adjudicated.',
  licence: 'Annotations: CC BY 4.0. Documents: public official reports, included for research.',
  notes: 'Offsets are Unicode code points, [start, end). See datasets/GUIDELINES.md and datasets/seeds/README.md.',
  docsDir: '../../seeds',
  checksums,
  units,
  splits: Object.fromEntries(Object.entries(SPLITS).map(([k, v]) => [k, expand(v)])),
};
writeFileSync(OUT, JSON.stringify(manifest, null, 2) + '\n');
for (const u of units) console.log(u.id, u.start, u.end, JSON.stringify(cps.slice(u.start, u.start + 20).join('')));
