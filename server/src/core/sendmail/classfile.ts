/**
 * Sendmail class files (`F` lines of sendmail.cf: local-host-names, relay-domains, trusted-users…):
 * read the way readcf.c fileclass() reads them — `#` in column 1 starts a comment line, every other
 * line may hold several white-space separated words, each a member of the class.
 */
import { isSpace, splitLines } from './text';

export interface ClassWord {
  line: number;
  word: string;
  start: number;
  end: number;
}

export function parseClassFile(text: string): ClassWord[] {
  const out: ClassWord[] = [];
  for (const l of splitLines(text)) {
    const s = l.text;
    if (s === '' || s[0] === '#') continue;
    let i = 0;
    while (i < s.length) {
      while (i < s.length && isSpace(s[i])) i++;
      const b = i;
      while (i < s.length && !isSpace(s[i])) i++;
      if (i > b) out.push({ line: l.line, word: s.slice(b, i), start: l.start + b, end: l.start + i });
    }
  }
  return out;
}
