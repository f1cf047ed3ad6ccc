/**
 * Formatting of zone files: owner, TTL, class and type in aligned columns, rdata tokens separated
 * by one space, trailing white space removed — and nothing that could change what the file means.
 *
 * Rules that keep the meaning:
 *  - a record keeps a blank owner (line starts with white space) or an explicit one (column 0);
 *  - every token is kept exactly as written (quotes, escapes, case); only the white space between
 *    tokens on one line changes, and tokens written without white space between them stay so
 *    (`alpn="h2,h3"`);
 *  - parenthesised records keep their layout: only the head (owner … type) on the first line is
 *    aligned; the lines inside the parentheses are left as they are;
 *  - comments are kept (a trailing comment follows its record after one space);
 *  - an entry the lexer complains about (unbalanced parentheses, unterminated string), or whose type
 *    is not a known one, is left alone; so are the lines of $GENERATE (its own mini-language);
 *  - white space after a backslash is an escaped character, never trailing white space.
 * Edits replace whole physical lines (their line breaks untouched), so CRLF files stay CRLF.
 */
import { Lexer } from '../lexer';
import type { RdToken } from '../rdata/api';
import { classFromToken, typeFromToken } from '../rrtypes';

export interface FormatOptions {
  /** Owners longer than this do not widen the owner column (default 40). */
  maxOwnerWidth?: number;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

interface LexedEntry {
  tokens: RdToken[];
  blankOwner: boolean;
  start: number;
  end: number;
  bad: boolean;
}

interface Head {
  owner?: RdToken;
  ttl?: RdToken;
  cls?: RdToken;
  type: RdToken;
  /** Index of the first rdata token. */
  rdata: number;
}

function lex(text: string): LexedEntry[] {
  const errors: number[] = [];
  const lexer = new Lexer(text, (_c, _m, start) => errors.push(start));
  const out: LexedEntry[] = [];
  for (let e = lexer.next(); e !== undefined; e = lexer.next()) {
    out.push({ tokens: e.tokens.map((t) => t.plain()), blankOwner: e.blankOwner, start: e.start, end: e.end, bad: false });
  }
  // An error belongs to the entry whose lines hold it (an entry with an error is left alone).
  for (const at of errors) {
    for (const e of out) {
      if (lineStartOf(text, e.start) <= at && at <= lineEndOf(text, e.end)) e.bad = true;
    }
  }
  return out;
}

function lineStartOf(text: string, i: number): number {
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function lineEndOf(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** The text of a line without trailing white space (white space after a backslash is escaped: kept). */
function trimEnd(line: string): string {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  if (e < line.length) {
    let bs = 0;
    for (let j = e - 1; j >= 0 && line.charCodeAt(j) === 92; j--) bs++;
    if (bs % 2 === 1) e++; // the first white space is escaped
  }
  return line.slice(0, e);
}

/** Owner, TTL, class, type of a record entry, as BIND reads them; undefined when not a record we can align. */
function headOf(e: LexedEntry): Head | undefined {
  const t = e.tokens;
  let i = 0;
  const h: Partial<Head> = {};
  if (!e.blankOwner) { h.owner = t[0]; i = 1; }
  for (let k = 0; k < 2 && i < t.length; k++) {
    const tok = t[i];
    if (tok.quoted) break;
    if (h.ttl === undefined && /^[0-9]/.test(tok.text)) { h.ttl = tok; i++; }
    else if (h.cls === undefined && classFromToken(tok.text) !== undefined) { h.cls = tok; i++; }
    else break;
  }
  const ty = t[i];
  if (!ty || ty.quoted || typeFromToken(ty.text) === undefined) return undefined;
  if (h.owner?.quoted) return undefined;
  return { ...h, type: ty, rdata: i + 1 };
}

/** Format a whole file, or only the lines that intersect [rangeStart, rangeEnd). */
export function formatZone(text: string, options: FormatOptions = {}, rangeStart = 0, rangeEnd = text.length): TextEdit[] {
  const maxOwner = options.maxOwnerWidth ?? 40;
  const entries = lex(text);
  // Column widths over the whole file, so range formatting lines up with the rest.
  const heads: (Head | undefined)[] = entries.map((e) => (e.bad || (!e.blankOwner && e.tokens[0].text.startsWith('$') && !e.tokens[0].quoted) ? undefined : headOf(e)));
  let wOwner = 0, wTtl = 0, wCls = 0, wType = 0;
  for (const h of heads) {
    if (!h) continue;
    if (h.owner && h.owner.end - h.owner.start <= maxOwner) wOwner = Math.max(wOwner, h.owner.end - h.owner.start);
    if (h.ttl) wTtl = Math.max(wTtl, h.ttl.end - h.ttl.start);
    if (h.cls) wCls = Math.max(wCls, h.cls.end - h.cls.start);
    wType = Math.max(wType, h.type.end - h.type.start);
  }
  const col = (s: string, w: number) => (s === '' && w === 0 ? '' : s.length >= w ? s + ' ' : s + ' '.repeat(w - s.length + 1));
  // Tokens written next to each other stay together (`alpn="h2,h3"` is one SvcParam): one space
  // only where the file had white space.
  const join = (toks: RdToken[]) => toks.map((t, i) => (i > 0 && toks[i - 1].end === t.start ? '' : i > 0 ? ' ' : '') + raw(t)).join('');

  /** New text of the first line of each entry we rewrite, by line start. */
  const firstLines = new Map<number, string>();
  const raw = (t: RdToken) => text.slice(t.start, t.end);
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e.bad) continue;
    const ls = lineStartOf(text, e.start);
    if (ls === 0 && text.charCodeAt(0) === 0xfeff) continue;
    const le = lineEndOf(text, e.start);
    const singleLine = e.end <= le;
    // Parentheses and a trailing comment on the first line: look at the gaps between tokens.
    let paren = -1;
    let comment = '';
    for (let i = 0; i <= e.tokens.length; i++) {
      const from = i === 0 ? ls : e.tokens[i - 1].end;
      const to = i < e.tokens.length ? e.tokens[i].start : le;
      if (from >= le) break;
      const gap = text.slice(from, Math.min(to, le));
      const semi = gap.indexOf(';');
      const p = (semi >= 0 ? gap.slice(0, semi) : gap).search(/[()]/);
      if (p >= 0 && paren < 0) paren = from + p;
      if (semi >= 0) { comment = trimEnd(text.slice(from + semi, le)); break; }
    }
    const first = e.tokens[0];
    if (!e.blankOwner && first.text.startsWith('$') && !first.quoted) {
      if (first.text.toUpperCase() === '$GENERATE' || !singleLine || paren >= 0) continue;
      firstLines.set(ls, join(e.tokens) + (comment ? ' ' + comment : ''));
      continue;
    }
    const h = heads[k];
    if (!h) continue;
    if (paren >= 0 && paren < h.type.end) continue; // a parenthesis inside the head: leave it
    if (h.type.end > le) continue;
    let line = col(h.owner ? raw(h.owner) : '', Math.max(wOwner, h.owner ? 0 : 1)) + col(h.ttl ? raw(h.ttl) : '', wTtl) + col(h.cls ? raw(h.cls) : '', wCls);
    const rd = e.tokens.slice(h.rdata);
    if (singleLine && paren < 0) {
      line += rd.length > 0 ? (rd[0].start === h.type.end ? raw(h.type) : col(raw(h.type), wType)) + join(rd) : raw(h.type);
    } else {
      // Keep the rest of the first line (rdata, '(' and a comment) as written, after one space.
      const rest = trimEnd(text.slice(h.type.end, le)).replace(/^[ \t]+/, '');
      line += rest === '' ? raw(h.type) : col(raw(h.type), wType) + rest;
      firstLines.set(ls, trimEnd(line));
      continue;
    }
    if (comment) line += ' ' + comment;
    firstLines.set(ls, trimEnd(line));
  }

  const edits: TextEdit[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const le = lineEndOf(text, pos);
    if (le >= rangeStart && pos <= rangeEnd && !(pos === rangeEnd && pos > rangeStart)) {
      const old = text.slice(pos, le);
      const nu = firstLines.get(pos) ?? trimEnd(old);
      if (nu !== old) edits.push({ start: pos, end: le, newText: nu });
    }
    if (le >= text.length) break;
    pos = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  return edits;
}

/** Apply offset edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
