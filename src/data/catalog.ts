// The project's datasets by name (the folders under datasets/ that hold
// annotations/), and the resolution of a --dataset argument: names, folders,
// or a comma-separated list of either.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../config.js';

export interface DatasetRef {
  /** the name it was asked by (a project dataset's folder name, or the folder as given) */
  name: string;
  dir: string;
}

/** Every project dataset, by folder name, in name order. */
export function projectDatasets(): DatasetRef[] {
  const root = join(projectRoot(), 'datasets');
  if (!existsSync(root)) return [];
  return readdirSync(root).sort()
    .map((d) => ({ name: d, dir: join(root, d) }))
    .filter((d) => { try { return statSync(d.dir).isDirectory() && existsSync(join(d.dir, 'annotations')); } catch { return false; } });
}

/**
 * Resolve `seeds`, `reports`, `seeds,reports`, a folder, or a list mixing
 * them. A bare word that names a project dataset means the project dataset,
 * even where a folder of that name is in the working directory (the
 * repository's own `seeds/` holds the raw reports); `./seeds` means the
 * folder. Returns the refs; for each word that is neither, a message; and,
 * for a project name beside a dataset folder of that name, a note.
 */
export function resolveDatasets(arg: string | undefined): { refs: DatasetRef[]; unknown: string[]; notes: string[] } {
  const known = projectDatasets();
  if (arg === undefined) return { refs: known, unknown: [], notes: [] };
  const refs: DatasetRef[] = [];
  const unknown: string[] = [];
  const notes: string[] = [];
  for (const word of arg.split(',').map((s) => s.trim())) {
    if (word === '') { unknown.push('an empty name in the list'); continue; }
    const asDir = resolve(word);
    const named = known.find((k) => k.name === word);
    if (existsSync(asDir) && (!named || word.includes('/') || word.startsWith('.'))) refs.push({ name: word, dir: asDir });
    else if (named) {
      refs.push(named);
      // a user's own dataset folder called seeds or reports would otherwise be passed over in silence
      if (existsSync(asDir) && resolve(named.dir) !== asDir && (existsSync(join(asDir, 'annotations')) || existsSync(join(asDir, 'dataset.json')))) notes.push(`"${word}" names the project dataset; the dataset folder ${word}/ here is not used: write ./${word} for it`);
    }
    else unknown.push(`"${word}" is neither a project dataset (${known.map((k) => k.name).join(', ') || 'none'}) nor a folder`);
  }
  const seen = new Set<string>();
  return { refs: refs.filter((r) => (seen.has(r.dir) ? false : (seen.add(r.dir), true))), unknown, notes };
}
