/**
 * Sendmail `.mc` files as m4 reads them (GNU m4 defaults, as cf.m4 uses them): quotes `` `…' ``
 * (nesting), `#` comments to the end of the line (copied to the output), `dnl` (deletes up to and
 * including the newline), names, and macro calls — a name directly followed by `(`, its arguments
 * split at top-level commas, quotes and nested parentheses kept. Error-tolerant: an unclosed quote
 * or argument list is recorded and the parse ends there (m4 stops with "end of file in string").
 */

export interface McArg {
  /** The argument as written (leading white space dropped, as m4 does). */
  raw: string;
  /** The argument with one level of outer quotes removed when it is a single quoted string. */
  value: string;
  start: number;
  end: number;
}

export interface McCall {
  name: string;
  start: number;
  nameEnd: number;
  /** Offset of the `)` (or the end of the text when unclosed). */
  end: number;
  args: McArg[];
  closed: boolean;
  /** The diversion the call is made in (-1 after `divert(-1)`: its output is discarded). */
  divert: number;
  /** What follows the `)` on its line: 'dnl', 'eol' (only white space, then the line end), 'eof', 'other'. */
  after: 'dnl' | 'eol' | 'eof' | 'other';
  /** Offset just past the `)`. */
  closeEnd: number;
}

export interface McParse {
  /** Top-level macro calls (those m4 expands while reading the file), in order. */
  calls: McCall[];
  /** An opening quote that is never closed. */
  unclosedQuote?: number;
  /** A macro call whose argument list is never closed. */
  unclosedCall?: McCall;
  /** `dnl` positions. */
  dnl: number[];
}

const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57);

/** The FEATURE(name, …) calls of an .mc with a first argument, and that name (trimmed). */
export function featureNames(mc: McParse): { arg: McArg; name: string }[] {
  const out: { arg: McArg; name: string }[] = [];
  for (const c of mc.calls) if (c.name === 'FEATURE' && c.args.length > 0) out.push({ arg: c.args[0], name: c.args[0].value.trim() });
  return out;
}

export function parseMc(text: string): McParse {
  const calls: McCall[] = [];
  const dnl: number[] = [];
  const out: McParse = { calls, dnl };
  let divert = 0;
  let i = 0;
  const n = text.length;
  /** Skip a quoted string starting at the backquote at `p`; returns the offset after the closing quote, or -1. */
  const skipQuote = (p: number): number => {
    let depth = 0;
    for (let k = p; k < n; k++) {
      const c = text[k];
      if (c === '`') depth++;
      else if (c === "'") { depth--; if (depth === 0) return k + 1; }
    }
    return -1;
  };
  const toEol = (p: number): number => {
    while (p < n && text[p] !== '\n' && text[p] !== '\r') p++;
    return p;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */) {
      const e = skipQuote(i);
      if (e < 0) { out.unclosedQuote = i; return out; }
      i = e;
      continue;
    }
    if (c === 35 /* # */) { i = toEol(i); continue; }
    if (!isNameStart(c) || (i > 0 && isNameChar(text.charCodeAt(i - 1)))) { i++; continue; }
    let e = i + 1;
    while (e < n && isNameChar(text.charCodeAt(e))) e++;
    const name = text.slice(i, e);
    if (name === 'dnl') {
      dnl.push(i);
      i = toEol(e);
      continue;
    }
    if (text[e] !== '(') { i = e; continue; }
    const call: McCall = { name, start: i, nameEnd: e, end: n, args: [], closed: false, divert, after: 'eof', closeEnd: n };
    // Arguments.
    let p = e + 1;
    let depth = 0;
    let argStart = p;
    const pushArg = (end: number): void => {
      let s = argStart;
      while (s < end && /\s/.test(text[s])) s++;
      const raw = text.slice(s, end);
      let value = raw;
      const trimmed = raw.trimEnd();
      if (trimmed.startsWith('`') && skipQuote(s) === s + trimmed.length) value = trimmed.slice(1, -1);
      call.args.push({ raw, value, start: s, end });
    };
    let closed = false;
    while (p < n) {
      const ch = text[p];
      if (ch === '`') {
        const q = skipQuote(p);
        if (q < 0) { out.unclosedQuote = p; break; }
        p = q;
        continue;
      }
      if (ch === '#') { p = toEol(p); continue; }
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) { pushArg(p); closed = true; break; }
        depth--;
      } else if (ch === ',' && depth === 0) { pushArg(p); argStart = p + 1; }
      p++;
    }
    call.closed = closed;
    call.end = closed ? p : n;
    calls.push(call);
    if (!closed) {
      if (out.unclosedQuote === undefined) out.unclosedCall = call;
      return out;
    }
    call.closeEnd = p + 1;
    // What follows on the line.
    let k = p + 1;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n) call.after = 'eof';
    else if (text[k] === '\n' || text[k] === '\r') call.after = 'eol';
    else if (text.startsWith('dnl', k) && !isNameChar(text.charCodeAt(k + 3))) call.after = 'dnl';
    else call.after = 'other';
    if (name === 'divert') {
      const v = call.args[0]?.value.trim() ?? '';
      divert = v === '' ? 0 : Number.isFinite(Number(v)) ? Number(v) : divert;
    }
    i = p + 1;
  }
  return out;
}

/** The value of a define'd name: define(`confX', `v') → ['confX', v, call]. */
export function definesOf(parse: McParse): { name: string; value: string; call: McCall }[] {
  return parse.calls.filter((c) => c.name === 'define' && c.args.length >= 1).map((c) => ({ name: c.args[0].value.trim(), value: c.args[1]?.value ?? '', call: c }));
}
