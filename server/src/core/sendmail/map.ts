/**
 * Sendmail map sources (virtusertable, access, mailertable, …) read the way `makemap` reads them
 * (sendmail 8.18 makemap/makemap.c): one entry a line, the key up to the first white space, the
 * value after the white space; a `#` in column 1 or an empty line is skipped; no continuation
 * lines. What makemap rejects is recorded as a problem (the checks map-* report them).
 */
import { isSpace, splitLines, utf8Length } from './text';

/** makemap reads lines into a 1024-byte buffer: at most 1022 bytes before the newline. */
export const MAKEMAP_MAX_LINE = 1022;

export interface MapEntry {
  line: number;
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value as makemap stores it: from the first non-space after the key to the line end (a `#` there is part of it). */
  value: string;
  valueStart: number;
  valueEnd: number;
}

export type MapProblemKind = 'leading-space' | 'no-rhs' | 'too-long';

export interface MapProblem {
  kind: MapProblemKind;
  line: number;
  start: number;
  end: number;
  /** For no-rhs: the key; for too-long: the length in bytes. */
  detail: string;
}

export interface MapParse {
  entries: MapEntry[];
  problems: MapProblem[];
}

export function parseMap(text: string): MapParse {
  const entries: MapEntry[] = [];
  const problems: MapProblem[] = [];
  for (const l of splitLines(text)) {
    const s = l.text;
    if (s === '' || s[0] === '#') continue;
    const bytes = utf8Length(s);
    if (bytes > MAKEMAP_MAX_LINE) {
      problems.push({ kind: 'too-long', line: l.line, start: l.start, end: l.end, detail: String(bytes) });
      continue;
    }
    if (isSpace(s[0])) {
      let i = 0;
      while (i < s.length && isSpace(s[i])) i++;
      problems.push({ kind: 'leading-space', line: l.line, start: l.start, end: i < s.length ? l.end : l.start + i, detail: '' });
      continue;
    }
    let k = 0;
    while (k < s.length && !isSpace(s[k])) k++;
    let v = k;
    while (v < s.length && isSpace(s[v])) v++;
    const key = s.slice(0, k);
    if (v >= s.length) {
      problems.push({ kind: 'no-rhs', line: l.line, start: l.start, end: l.start + k, detail: key });
      continue;
    }
    let e = s.length;
    while (e > v && isSpace(s[e - 1])) e--;
    entries.push({ line: l.line, key, keyStart: l.start, keyEnd: l.start + k, value: s.slice(v, e), valueStart: l.start + v, valueEnd: l.start + e });
  }
  return { entries, problems };
}
