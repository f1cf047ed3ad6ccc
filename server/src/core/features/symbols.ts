/**
 * Structure of a zone file for the editor: the outline (document symbols grouped by owner name, the
 * SOA's owner first), folding ranges (parenthesised records, comment blocks, runs of records of one
 * owner) and selection ranges (token → record → owner's run → file). Offsets only.
 */
import type { ParseResult, ZoneRecord } from '../parser';
import { relativize } from '../names';
import { recordAt, recordsOfFile, tokensIn, tokenIndexAt } from './locate';

export interface ZoneSymbol {
  name: string;
  detail: string;
  kind: 'owner' | 'record' | 'directive';
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: ZoneSymbol[];
}

/** End of a record including a closing parenthesis after its last token (comments and line breaks skipped). */
export function recordEnd(text: string, r: ZoneRecord): number {
  let i = r.rdataEnd;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
    if (c === 59) { while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++; continue; }
    if (c === 41) return i + 1;
    return r.rdataEnd;
  }
}

/** Start of a record's entry: its owner, or for a blank owner the first token. */
function recordStart(r: ZoneRecord): number {
  return r.ownerStart;
}

/** The outline of one file of a parse: owner groups (SOA's first) with their records, and the directives. */
export function documentSymbols(parse: ParseResult, file: string, text: string, apex: string): ZoneSymbol[] {
  const groups = new Map<string, ZoneSymbol>();
  const order: ZoneSymbol[] = [];
  let soaGroup: ZoneSymbol | undefined;
  for (const r of recordsOfFile(parse, file)) {
    const end = recordEnd(text, r);
    const rec: ZoneSymbol = {
      name: r.type,
      detail: text.slice(r.rdataStart, r.rdataEnd).replace(/\s+/g, ' ').slice(0, 80),
      kind: 'record',
      start: recordStart(r), end,
      selectionStart: r.typeStart, selectionEnd: r.typeEnd,
      children: [],
    };
    let g = groups.get(r.key);
    if (!g) {
      g = {
        name: relativize(r.owner, apex), detail: '', kind: 'owner',
        start: rec.start, end, selectionStart: r.ownerStart, selectionEnd: r.ownerEnd > r.ownerStart ? r.ownerEnd : r.typeEnd,
        children: [],
      };
      groups.set(r.key, g);
      order.push(g);
    }
    g.children.push(rec);
    g.start = Math.min(g.start, rec.start);
    g.end = Math.max(g.end, end);
    if (r.typeCode === 6 && !soaGroup) soaGroup = g;
  }
  for (const g of order) g.detail = [...new Set(g.children.map((c) => c.name))].join(', ');
  const directives: ZoneSymbol[] = parse.directives.filter((d) => d.file === file).map((d) => {
    const toks = tokensIn(text, d.start, d.end);
    return {
      name: d.name, detail: toks.slice(1).map((t) => t.text).join(' ').slice(0, 80), kind: 'directive',
      start: d.start, end: d.end, selectionStart: d.start, selectionEnd: d.start + d.name.length, children: [],
    } as ZoneSymbol;
  });
  const rest = [...order.filter((g) => g !== soaGroup), ...directives].sort((a, b) => a.start - b.start);
  return soaGroup ? [soaGroup, ...rest] : rest;
}

export interface Fold { start: number; end: number; kind: 'comment' | 'region' }

/**
 * Folding ranges as offsets (the server turns them into lines and drops one-line ranges):
 * parenthesised records, blocks of two or more comment lines, and runs of consecutive records
 * of one owner.
 */
export function foldingRanges(parse: ParseResult, file: string, text: string): Fold[] {
  const out: Fold[] = [];
  const records = recordsOfFile(parse, file);
  let runStart = -1, runEnd = -1, runKey = '';
  for (const r of records) {
    const end = recordEnd(text, r);
    if (hasLineBreak(text, r.ownerStart, end)) out.push({ start: r.ownerStart, end, kind: 'region' });
    if (r.key === runKey && !hasDirectiveBetween(parse, file, runEnd, r.ownerStart)) runEnd = end;
    else {
      if (runStart >= 0) out.push({ start: runStart, end: runEnd, kind: 'region' });
      runStart = r.ownerStart; runEnd = end; runKey = r.key;
    }
  }
  if (runStart >= 0) out.push({ start: runStart, end: runEnd, kind: 'region' });
  // Comment blocks: consecutive lines whose first non-blank character is ';'.
  let blockStart = -1, blockEnd = -1, lines = 0;
  let pos = 0;
  while (pos <= text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let i = pos;
    while (i < eol && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < eol && text.charCodeAt(i) === 59) {
      if (blockStart < 0) { blockStart = i; lines = 0; }
      blockEnd = eol; lines++;
    } else if (blockStart >= 0) {
      if (lines >= 2) out.push({ start: blockStart, end: blockEnd, kind: 'comment' });
      blockStart = -1;
    }
    if (eol >= text.length) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  if (blockStart >= 0 && lines >= 2) out.push({ start: blockStart, end: blockEnd, kind: 'comment' });
  return out.filter((f) => hasLineBreak(text, f.start, f.end)).sort((a, b) => a.start - b.start);
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) { const c = text.charCodeAt(i); if (c === 10 || c === 13) return true; }
  return false;
}

function hasDirectiveBetween(parse: ParseResult, file: string, a: number, b: number): boolean {
  return parse.directives.some((d) => d.file === file && d.start >= a && d.start < b);
}

/** Nested ranges around an offset, innermost first: token, record, the owner's run of records, the file. */
export function selectionRanges(parse: ParseResult, file: string, text: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    const last = out[out.length - 1];
    if (last && last.start === start && last.end === end) return;
    if (last && (start > last.start || end < last.end)) return; // must contain the previous one
    out.push({ start, end });
  };
  const r = recordAt(parse, file, offset);
  if (r) {
    const toks = tokensIn(text, r.ownerStart, r.rdataEnd);
    const i = tokenIndexAt(toks, offset);
    if (i >= 0) {
      const t = toks[i];
      if (t.quoted && offset > t.start && offset < t.end) push(t.start + 1, t.end - 1);
      push(t.start, t.end);
    }
    if (r.rdataEnd > r.rdataStart && offset >= r.rdataStart) push(r.rdataStart, r.rdataEnd);
    push(r.ownerStart, recordEnd(text, r));
    const list = recordsOfFile(parse, file);
    const k = list.indexOf(r);
    let a = k, b = k;
    while (a > 0 && list[a - 1].key === r.key) a--;
    while (b < list.length - 1 && list[b + 1].key === r.key) b++;
    push(list[a].ownerStart, recordEnd(text, list[b]));
  } else {
    const d = parse.directives.find((x) => x.file === file && x.start <= offset && offset <= x.end);
    if (d) {
      const toks = tokensIn(text, d.start, d.end);
      const i = tokenIndexAt(toks, offset);
      if (i >= 0) push(toks[i].start, toks[i].end);
      push(d.start, d.end);
    } else push(offset, offset);
  }
  push(0, text.length);
  return out;
}
