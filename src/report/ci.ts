// What CI systems read: the gate's outcome as plain text, GitHub Actions
// workflow commands (annotations) with a Markdown step summary, JUnit XML;
// and a run's figures in github-action-benchmark's `customBiggerIsBetter`
// JSON (also read by Bencher's `json` adapter after conversion).
import type { GateOutcome, GateRow } from './gate.js';
import type { Results } from '../types.js';
import { ciText, mdCell } from './formats.js';

export const GATE_FORMATS = ['text', 'github', 'junit'] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];

export interface GateSettings { maxDrop: number; alpha: number }

const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(2)}`;
const pText = (p: number | null) => (p === null ? 'n/a' : p.toFixed(3));
const what = (r: GateRow) => `${r.scheme} F1${r.type ? ` of ${r.type}` : ''}`;
const moved = (r: GateRow) => Math.abs(r.delta) >= 1e-12;
const line = (r: GateRow) => `${r.dataset} · ${r.extractor} ${what(r)}: ${(100 * r.baseline).toFixed(2)} → ${(100 * r.current).toFixed(2)} (${pts(r.delta)} points, p ${pText(r.pValue)})`;
const verdict = (g: GateOutcome, s: GateSettings) => (g.ok ? `gate passed: no F1 drop above ${s.maxDrop} with p < ${s.alpha}` : 'gate failed');

/** Plain text: every row that moved or failed, the missing extractors, the verdict. */
export function gateText(g: GateOutcome, s: GateSettings, warnings: readonly string[] = []): string {
  const out: string[] = [];
  for (const r of g.rows) if (moved(r) || r.failed) out.push(`${r.failed ? 'FAIL' : 'ok  '} ${line(r)}`);
  for (const m of g.missing) out.push(`FAIL ${m}: in the baseline but not in the current run`);
  for (const n of g.notes) out.push(`note: ${n}`);
  for (const w of warnings) out.push(`warning: ${w}`);
  out.push(verdict(g, s));
  return out.join('\n') + '\n';
}

// GitHub workflow commands: data escapes %, CR, LF; properties also : and ,
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions: an ::error annotation per failure, ::warning and ::notice for the rest, then the text verdict. */
export function gateGithub(g: GateOutcome, s: GateSettings, warnings: readonly string[] = []): string {
  const out: string[] = [];
  for (const r of g.rows) if (r.failed) out.push(`::error title=${ghProp(`zhnum gate: ${r.dataset} · ${r.extractor}`)}::${ghData(`${what(r)} dropped ${(100 * r.baseline).toFixed(2)} → ${(100 * r.current).toFixed(2)} (${pts(r.delta)} points, paired bootstrap p ${pText(r.pValue)}; limit ${s.maxDrop} at alpha ${s.alpha})`)}`);
  for (const m of g.missing) out.push(`::error title=${ghProp('zhnum gate: missing')}::${ghData(`${m} is in the baseline but not in the current run`)}`);
  for (const n of g.notes) out.push(`::notice title=${ghProp('zhnum gate')}::${ghData(n)}`);
  for (const w of warnings) out.push(`::warning title=${ghProp('zhnum gate: small sample')}::${ghData(w)}`);
  return out.join('\n') + (out.length ? '\n' : '') + gateText(g, s, []);
}

/** Markdown for $GITHUB_STEP_SUMMARY: the verdict, the overall rows, and the per-type rows that moved. */
export function gateMarkdown(g: GateOutcome, s: GateSettings, warnings: readonly string[] = []): string {
  const row = (r: GateRow) => `| ${r.failed ? '❌' : '✅'} | ${mdCell(r.dataset)} | ${mdCell(r.extractor)} | ${r.scheme} | ${r.type ?? 'all'} | ${(100 * r.baseline).toFixed(2)} | ${(100 * r.current).toFixed(2)} | ${pts(r.delta)} | ${pText(r.pValue)} |`;
  const head = '| | dataset | extractor | scheme | type | baseline F1 | current F1 | Δ points | p |\n|---|---|---|---|---|---:|---:|---:|---:|';
  const overall = g.rows.filter((r) => !r.type);
  const typed = g.rows.filter((r) => r.type && (r.failed || moved(r)));
  return [
    `### zhnum gate: ${g.ok ? 'passed ✅' : 'failed ❌'}`,
    '',
    `F1 drops above ${s.maxDrop} (absolute) with a paired bootstrap p < ${s.alpha} fail, overall or on one mention type.`,
    '',
    head, ...overall.map(row),
    ...(typed.length ? ['', `**Per type** (rows that moved):`, '', head, ...typed.map(row)] : []),
    ...g.missing.map((m) => `\n❌ **${mdCell(m)}**: in the baseline but not in the current run`),
    ...g.notes.map((n) => `\n> ${mdCell(n)}`),
    ...warnings.map((w) => `\n> ⚠️ ${mdCell(w)}`),
    '',
  ].join('\n');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  // characters XML 1.0 cannot hold at all
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '?');

/** JUnit XML: a suite per dataset, a test case per extractor × scheme (× type); a failure per failed check. */
export function gateJunit(g: GateOutcome, s: GateSettings, warnings: readonly string[] = []): string {
  const datasets = [...new Set([...g.rows.map((r) => r.dataset), ...g.missing.map((m) => m.split(' · ')[0].replace(/^dataset /, ''))])];
  const suites = datasets.map((d) => {
    const rows = g.rows.filter((r) => r.dataset === d);
    const missing = g.missing.filter((m) => m === `dataset ${d}` || m.startsWith(`${d} · `));
    const cases = [
      ...rows.map((r) => `    <testcase classname="${xml(`zhnum.${d}.${r.extractor}`)}" name="${xml(what(r))}" time="0">${r.failed
        ? `\n      <failure message="${xml(`${what(r)} dropped ${pts(r.delta)} points (p ${pText(r.pValue)})`)}" type="F1Drop">${xml(line(r))}; limit ${s.maxDrop} at alpha ${s.alpha}</failure>\n    `
        : ''}</testcase>`),
      ...missing.map((m) => `    <testcase classname="${xml(`zhnum.${d}`)}" name="${xml(`${m} present`)}" time="0">\n      <failure message="${xml(`${m} is in the baseline but not in the current run`)}" type="Missing"/>\n    </testcase>`),
    ];
    const failures = rows.filter((r) => r.failed).length + missing.length;
    return `  <testsuite name="${xml(`zhnum gate · ${d}`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = g.rows.length + g.missing.length;
  const failures = g.rows.filter((r) => r.failed).length + g.missing.length;
  const out = [...g.notes.map((n) => `note: ${n}`), ...warnings.map((w) => `warning: ${w}`)];
  // the schema lets <system-out> into a <testsuite> only (after its test cases), not into <testsuites>: the notes go into the first suite
  if (out.length) {
    const so = `    <system-out>${xml(out.join('\n'))}</system-out>\n  </testsuite>`;
    if (suites.length) suites[0] = suites[0].replace(/\n  <\/testsuite>$/, `\n${so}`);
    else suites.push(`  <testsuite name="zhnum gate" tests="0" failures="0" errors="0" skipped="0">\n${so}`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zhnum gate" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

/**
 * The gate could not compare the runs (exit 2: another dataset version or
 * split, a file that cannot be read): in GitHub format an ::error annotation
 * per reason, in JUnit a test case in error per reason, so that a CI page
 * shows why rather than nothing; in text, nothing on stdout (the reasons go
 * to stderr).
 */
export function gateCannotCompare(reasons: readonly string[], format: GateFormat): string {
  if (format === 'github') return reasons.map((m) => `::error title=${ghProp('zhnum gate: cannot compare')}::${ghData(m)}`).join('\n') + '\n';
  if (format === 'junit') {
    const cases = reasons.map((m, i) => `    <testcase classname="zhnum.gate" name="${xml(`runs comparable (${i + 1})`)}" time="0">\n      <error message="${xml(m)}" type="Incomparable"/>\n    </testcase>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zhnum gate" tests="${cases.length}" failures="0" errors="${cases.length}">\n  <testsuite name="zhnum gate" tests="${cases.length}" failures="0" errors="${cases.length}" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
  }
  return '';
}

/** One entry of github-action-benchmark's custom JSON. */
export interface BenchmarkEntry { name: string; unit: string; value: number; range?: string; extra?: string }

/**
 * Accuracy and speed of every extractor in every run, all bigger-is-better:
 * strict, value and macro F1 (%; range: ± the larger distance from the value to
 * an end of its 95% CI, which is seldom symmetric, so that value ± range covers
 * it; the interval itself in `extra`) and
 * throughput (characters per second; left out for untimed predictions).
 */
export function benchmarkJson(runs: readonly Results[]): BenchmarkEntry[] {
  const out: BenchmarkEntry[] = [];
  const round = (x: number) => Math.round(x * 100) / 100;
  for (const r of runs) for (const e of r.extractors) {
    const at = `${r.dataset.name}/${r.dataset.split} ${e.name}`;
    const f1 = (label: string, b: { f1: number; ci95?: { f1: [number, number] } }) => out.push({
      name: `${at} ${label}`, unit: '%', value: round(100 * b.f1),
      ...(b.ci95 && Number.isFinite(b.ci95.f1[0]) ? { range: `±${round(100 * Math.max(b.f1 - b.ci95.f1[0], b.ci95.f1[1] - b.f1))}`, extra: `95% CI ${ciText(b.ci95.f1)}; ${r.dataset.mentions} mentions, ${r.dataset.segments} sentences` } : {}),
    });
    f1('strict F1', e.scores.strict.overall);
    f1('value F1', e.scores.value.overall);
    f1('macro F1', e.scores.strict.macro);
    if (e.throughput.seconds > 0) out.push({ name: `${at} throughput`, unit: 'chars/s', value: Math.round(e.throughput.charsPerSecond), extra: `${e.throughput.chars} characters in ${e.throughput.seconds.toFixed(3)} s of extraction; ${r.provenance.cpus}` });
  }
  return out;
}
