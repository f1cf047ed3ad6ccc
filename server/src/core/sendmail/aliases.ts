/**
 * The aliases file read the way newaliases reads it (sendmail 8.17/8.18 alias.c readaliases,
 * checked against Debian's `sendmail -bi`): `name: rhs, rhs`; a line starting with a space or tab
 * continues the entry above; `#` in column 1 and empty lines are skipped; a white-space line after
 * a comment belongs to the comment (newaliases ignores it silently); after an empty line it is an
 * error ("Non-continuation line starts with space"). What newaliases rejects is recorded as a
 * problem for the alias-* checks.
 */
import { isSpace, splitLines, utf8Length } from './text';

/** newaliases reads an entry (with its continuation lines) into a BUFSIZ (8192) buffer. */
export const ALIAS_MAX_BYTES = 8190;

export type AliasItemKind = 'include' | 'program' | 'file' | 'address' | 'local';

export interface AliasItem {
  kind: AliasItemKind;
  /** The item as written (quotes kept). */
  text: string;
  /** For local names: the normalised name (lower case); for :include: the path; else the text unquoted. */
  target: string;
  start: number;
  end: number;
}

export interface Alias {
  line: number;
  /** The name as written. */
  name: string;
  /** The name as newaliases stores it: comments and <> dropped, white space runs as '.', lower case. */
  key: string;
  nameStart: number;
  nameEnd: number;
  /** End of the entry (last continuation line's end). */
  end: number;
  items: AliasItem[];
}

export type AliasProblemKind = 'missing-colon' | 'bad-continuation' | 'comment-continuation' | 'illegal-name' | 'non-local' | 'missing-value' | 'too-long';

export interface AliasProblem {
  kind: AliasProblemKind;
  line: number;
  start: number;
  end: number;
  detail: string;
}

export interface AliasesParse {
  aliases: Alias[];
  problems: AliasProblem[];
}

export function parseAliases(text: string): AliasesParse {
  const lines = splitLines(text);
  const aliases: Alias[] = [];
  const problems: AliasProblem[] = [];
  /** After a comment line: white-space lines belong to it. After an error: they are skipped. */
  let state: 'none' | 'comment' | 'skipping' = 'none';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const s = l.text;
    if (s === '') { state = 'none'; continue; }
    if (s[0] === '#') { state = 'comment'; continue; }
    if (s[0] === ' ' || s[0] === '\t') {
      if (s.trim() === '') continue;
      let b = 0;
      while (isSpace(s[b])) b++;
      if (state === 'comment') problems.push({ kind: 'comment-continuation', line: l.line, start: l.start + b, end: l.end, detail: '' });
      else if (state === 'none') problems.push({ kind: 'bad-continuation', line: l.line, start: l.start + b, end: l.end, detail: '' });
      if (state === 'none') state = 'skipping';
      continue;
    }
    state = 'none';
    // The entry: this line and the white-space lines after it.
    let last = i;
    while (last + 1 < lines.length && (lines[last + 1].text[0] === ' ' || lines[last + 1].text[0] === '\t')) last++;
    const entryLines = lines.slice(i, last + 1);
    i = last;
    const colon = s.indexOf(':');
    if (colon < 0) {
      problems.push({ kind: 'missing-colon', line: l.line, start: l.start, end: l.end, detail: s });
      continue;
    }
    const bytes = entryLines.reduce((n, x) => n + utf8Length(x.text), 0);
    if (bytes > ALIAS_MAX_BYTES) {
      problems.push({ kind: 'too-long', line: l.line, start: l.start, end: entryLines[entryLines.length - 1].end, detail: String(bytes) });
      continue;
    }
    const rawName = s.slice(0, colon);
    let ne = rawName.length;
    while (ne > 0 && isSpace(rawName[ne - 1])) ne--;
    const name = rawName.slice(0, ne);
    const key = normaliseName(name);
    const nameProblem = checkName(name, key);
    if (nameProblem !== undefined) {
      problems.push({ kind: nameProblem, line: l.line, start: l.start, end: l.start + Math.max(ne, 1), detail: name });
      continue;
    }
    const items: AliasItem[] = [];
    // The right-hand side: the rest of the first line, then each continuation line.
    splitItems(s, colon + 1, l.start, items);
    for (const c of entryLines.slice(1)) splitItems(c.text, 0, c.start, items);
    if (items.length === 0) {
      problems.push({ kind: 'missing-value', line: l.line, start: l.start, end: l.start + colon + 1, detail: name });
      continue;
    }
    aliases.push({ line: l.line, name, key, nameStart: l.start, nameEnd: l.start + ne, end: entryLines[entryLines.length - 1].end, items });
  }
  return { aliases, problems };
}

/** The stored form of an alias name: `(comments)` and `<>` dropped, white space runs as '.', lower case. */
export function normaliseName(name: string): string {
  let s = name.replace(/\([^()]*\)/g, ' ').replace(/[<>]/g, ' ').trim();
  if (!s.startsWith('"')) s = s.replace(/\s+/g, '.');
  return s.toLowerCase();
}

function checkName(name: string, key: string): AliasProblemKind | undefined {
  if (key === '' || key === '.') return 'illegal-name';
  let quotes = 0, parens = 0, angles = 0;
  for (const c of name) {
    if (c === '"') quotes++;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === '<') angles++;
    else if (c === '>') angles--;
    else if (c === ',' || c === ';' || c === '\\' || c === '[' || c === ']') return 'illegal-name';
    if (parens < 0 || angles < 0) return 'illegal-name';
  }
  if (quotes % 2 !== 0 || parens !== 0 || angles !== 0) return 'illegal-name';
  const at = key.lastIndexOf('@');
  if (at >= 0 && !key.startsWith('"')) {
    const domain = key.slice(at + 1);
    if (domain !== 'localhost' && domain !== 'localhost.localdomain') return 'non-local';
  }
  return undefined;
}

/** Split `text` from `from` at commas outside quotes, `<>` and `()`; offsets are `base` + index. */
function splitItems(text: string, from: number, base: number, out: AliasItem[]): void {
  let i = from;
  while (i < text.length) {
    while (i < text.length && (isSpace(text[i]) || text[i] === ',')) i++;
    if (i >= text.length) break;
    const start = i;
    let quote = false, paren = 0, angle = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && quote) { i++; continue; }
      if (c === '"') quote = !quote;
      else if (!quote && c === '(') paren++;
      else if (!quote && c === ')') paren = Math.max(0, paren - 1);
      else if (!quote && c === '<') angle++;
      else if (!quote && c === '>') angle = Math.max(0, angle - 1);
      else if (!quote && paren === 0 && angle === 0 && c === ',') break;
    }
    let end = Math.min(i, text.length);
    while (end > start && isSpace(text[end - 1])) end--;
    const raw = text.slice(start, end);
    out.push({ ...classify(raw), text: raw, start: base + start, end: base + end });
  }
}

function classify(raw: string): { kind: AliasItemKind; target: string } {
  const unq = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (/^:include:/i.test(unq)) return { kind: 'include', target: unq.slice(9).trim() };
  if (unq.startsWith('|')) return { kind: 'program', target: unq.slice(1).trim() };
  if (unq.startsWith('/')) return { kind: 'file', target: unq };
  const bare = unq.replace(/\([^()]*\)/g, '').replace(/^.*<([^>]*)>.*$/, '$1').trim();
  if (bare.includes('@') || bare.includes('!')) return { kind: 'address', target: bare };
  return { kind: 'local', target: bare.replace(/^\\/, '').toLowerCase() };
}

/**
 * The `:include:` file names of an aliases file, for document links: the path's range in `text`
 * (the file `parse` was read from). Only absolute paths: sendmail reads a relative one against its
 * working directory (the queue), which the editor cannot know.
 */
export function aliasIncludeLinks(parse: AliasesParse, text: string): { start: number; end: number; path: string }[] {
  const links: { start: number; end: number; path: string }[] = [];
  for (const a of parse.aliases) {
    for (const it of a.items) {
      if (it.kind !== 'include' || !it.target.startsWith('/') || text.slice(it.start, it.end) !== it.text) continue;
      const at = it.text.indexOf(it.target, it.text.indexOf(':') + 1);
      if (at < 0) continue;
      links.push({ start: it.start + at, end: it.start + at + it.target.length, path: it.target });
    }
  }
  return links;
}
