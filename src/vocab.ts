// The fixed vocabularies of a mention, without zod: its types, qualifiers,
// date forms and field names. types.ts builds the schemas from these and
// re-exports them (import them from there). They live apart so that the
// worker of `zhnum extract` can check a well-formed answer without loading
// zod, which is about a hundred modules and ~0.1 s at every worker's start.

export const MENTION_TYPES = [
  'COUNT', 'MONEY', 'PERCENT', 'PERCENT_POINT', 'RATIO',
  'DATE', 'DURATION', 'ORDINAL', 'QUANTITY', 'NUMBER',
] as const;

export const QUALIFIERS = ['exact', 'approx', 'over', 'under'] as const;

export const DATE_VALUE_RE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?|\d{4}-Q[1-4]|\d{4}-H[12]|Q[1-4]|H[12])(?:\/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?|\d{4}-Q[1-4]|\d{4}-H[12]|Q[1-4]|H[12]))?$/;

/** The fields a mention may have: the keys of `MentionSchema`, in its order (a test holds them equal). */
export const MENTION_KEYS = ['start', 'end', 'text', 'type', 'value', 'valueMax', 'unit', 'qualifier', 'optional', 'intended', 'note', 'rule'] as const;
