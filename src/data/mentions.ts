// The one definition of a valid mention list, used by dataset loading (gold),
// the harness and streaming (predictions) and the extractor contract test.
//
// A mention is valid when it passes `MentionSchema` (shape, types, qualifier),
// its values have the kind its type needs (a DATE an ISO-like string, every
// other type a finite number), its span [start, end) lies inside the text in
// code points, and its stored text equals the text there. A list is valid when
// no two mentions overlap (spec §7: gold spans never overlap; an extractor's
// answer is held to the same rule, so that one-to-one matching is well
// defined). Gold with an overlap is a data problem; in a prediction list every
// mention of an overlap is dropped and reported (mention-check.ts says why).
//
// The checks that need no schema library are in mention-check.ts; this file
// adds zod for what the plain test does not pass.
import { MENTION_TYPES, MentionSchema, QUALIFIERS, type Mention } from '../types.js';
import { clip, type CodePoints } from '../text/codepoints.js';
import { answerProblem, checkMentionAgainstText, dropOverlaps, plainValidMention, type MentionProblem } from './mention-check.js';

export { checkPlainMentions, findOverlaps, mentionLine, plainValidMention, summarizeProblems, type MentionProblem } from './mention-check.js';

/** Check one mention-like object against the text; returns the mention or its problems. */
export function checkMention(obj: unknown, cp: CodePoints, index = 0): { mention: Mention | null; problems: MentionProblem[] } {
  let m: Mention;
  if (plainValidMention(obj)) m = obj;
  else {
    const parsed = MentionSchema.safeParse(obj);
    if (!parsed.success) {
      const problems: MentionProblem[] = [];
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const got = path ? (obj as Record<string, unknown>)[issue.path[0] as string] : obj;
        let message = issue.message;
        if (path === 'type') message = `unknown type ${clip(String(JSON.stringify(got)))} (expected one of ${MENTION_TYPES.join(', ')})`;
        else if (path === 'qualifier') message = `unknown qualifier ${clip(String(JSON.stringify(got)))} (expected one of ${QUALIFIERS.join(', ')})`;
        else if (issue.code === 'unrecognized_keys') message = `unknown key(s): ${clip(issue.keys.join(', '))}`;
        else if (path === '') message = `expected a JSON object, got ${clip(String(JSON.stringify(obj)), 40)}`;
        else message = `${path}: ${clip(issue.message)}`;
        problems.push({ index, code: 'schema', path: path || undefined, message });
      }
      return { mention: null, problems };
    }
    m = parsed.data;
  }
  const problems = checkMentionAgainstText(m, cp, index);
  return { mention: problems.length ? null : m, problems };
}

/**
 * Keep the valid mentions of a list (an extractor's answer), sorted by start,
 * dropping overlapping ones; every dropped item is reported.
 */
export function checkMentions(raw: unknown, cp: CodePoints): { mentions: Mention[]; problems: MentionProblem[] } {
  const whole = answerProblem(raw, cp);
  if (whole) return { mentions: [], problems: [whole] };
  const problems: MentionProblem[] = [];
  const ok: Mention[] = [];
  const okIndex: number[] = [];
  (raw as unknown[]).forEach((x, i) => {
    const r = checkMention(x, cp, i);
    problems.push(...r.problems);
    if (r.mention) { ok.push(r.mention); okIndex.push(i); }
  });
  return { mentions: dropOverlaps(ok, okIndex, problems), problems };
}
