/**
 * What is at an offset of a zone file: a record's owner, TTL, class, type or one of its rdata
 * fields, or a directive. Shared by hover, definition, references and rename.
 *
 * The parser keeps only offsets of the owner, the type and the rdata as a whole (plus the names in
 * the rdata), so token ranges are found lazily by re-lexing the one record's text.
 */
import { Lexer } from '../lexer';
import type { Directive, ParseResult, ZoneRecord } from '../parser';
import type { NameRef, RdToken } from '../rdata/api';
import { RR_TYPE_DOCS, type FieldDoc } from './data/rrtype-docs';

/** The records of one file, not generated, in offset order (cached per parse result and file). */
const byFile = new WeakMap<ParseResult, Map<string, ZoneRecord[]>>();

export function recordsOfFile(parse: ParseResult, file: string): ZoneRecord[] {
  let m = byFile.get(parse);
  if (m === undefined) byFile.set(parse, (m = new Map()));
  let list = m.get(file);
  if (list === undefined) {
    list = parse.records.filter((r) => r.file === file && !r.generated);
    m.set(file, list);
  }
  return list;
}

/** The record whose text (owner to last rdata token) holds `offset` (ends inclusive), or undefined. */
export function recordAt(parse: ParseResult, file: string, offset: number): ZoneRecord | undefined {
  const list = recordsOfFile(parse, file);
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].ownerStart <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const r = list[found];
  return offset <= r.rdataEnd ? r : undefined;
}

/** The directive whose text holds `offset`, or undefined. */
export function directiveAt(parse: ParseResult, file: string, offset: number): Directive | undefined {
  for (const d of parse.directives) if (d.file === file && d.start <= offset && offset <= d.end) return d;
  return undefined;
}

/** Tokens of `text` between `start` and `end`, with offsets into `text` (comments and parentheses dropped). */
export function tokensIn(text: string, start: number, end: number): RdToken[] {
  const lexer = new Lexer(text.slice(start, end), () => undefined);
  const out: RdToken[] = [];
  for (let e = lexer.next(); e !== undefined; e = lexer.next()) {
    for (const t of e.tokens) out.push({ text: t.text, start: t.start + start, end: t.end + start, quoted: t.quoted });
  }
  return out;
}

/** A record's tokens split into its parts. */
export interface RecordTokens {
  owner?: RdToken;
  /** TTL and class tokens between the owner and the type, as written. */
  ttl?: RdToken;
  cls?: RdToken;
  type: RdToken;
  rdata: RdToken[];
}

export function recordTokens(text: string, r: ZoneRecord): RecordTokens | undefined {
  const toks = tokensIn(text, r.ownerStart, r.rdataEnd);
  const ti = toks.findIndex((t) => t.start === r.typeStart);
  if (ti < 0) return undefined;
  const out: RecordTokens = { type: toks[ti], rdata: toks.slice(ti + 1) };
  let i = 0;
  if (r.ownerEnd > r.ownerStart) { out.owner = toks[0]; i = 1; }
  for (; i < ti; i++) {
    const c = toks[i].text.charCodeAt(0);
    if (c >= 48 && c <= 57) out.ttl = toks[i];
    else out.cls = toks[i];
  }
  return out;
}

/** The field layout of a record's rdata tokens: which field each token belongs to. */
export function fieldOfToken(type: string, rdata: RdToken[], index: number): { field: FieldDoc; number: number } | undefined {
  if (rdata.length > 0 && rdata[0].text === '\\#' && !rdata[0].quoted && (type !== 'TXT' || /^[0-9]+$/.test(rdata[1]?.text ?? ''))) {
    const generic: FieldDoc[] = [
      { name: '\\#', kind: 'other', doc: 'Marks the RFC 3597 generic form: the rdata is given as its length and hex octets.' },
      { name: 'length', kind: 'u16', doc: 'The rdata length in octets.' },
      { name: 'data', kind: 'hex', doc: 'The rdata in wire format, as hex.', rest: true },
    ];
    const k = Math.min(index, 2);
    return { field: generic[k], number: k + 1 };
  }
  const fields = RR_TYPE_DOCS[type]?.fields;
  if (!fields || fields.length === 0) return undefined;
  if (index < fields.length) return { field: fields[index], number: index + 1 };
  const last = fields[fields.length - 1];
  return last.rest ? { field: last, number: fields.length } : undefined;
}

/** The NameRefs of a typed rdata value (targets, exchanges, SOA names, signer …). */
export function namesOf(rdata: unknown): NameRef[] {
  const out: NameRef[] = [];
  if (!rdata || typeof rdata !== 'object') return out;
  for (const v of Object.values(rdata as Record<string, unknown>)) {
    if (v && typeof v === 'object' && typeof (v as NameRef).key === 'string' && typeof (v as NameRef).start === 'number') out.push(v as NameRef);
    else if (Array.isArray(v)) for (const x of v) if (x && typeof x === 'object' && typeof (x as NameRef).key === 'string' && typeof (x as NameRef).start === 'number') out.push(x as NameRef);
  }
  return out;
}

/** The token holding `offset` (start ≤ offset ≤ end), or -1. */
export function tokenIndexAt(tokens: readonly RdToken[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start <= offset && offset <= tokens[i].end) return i;
  return -1;
}

export type Located =
  | { kind: 'owner'; record: ZoneRecord; token: RdToken }
  | { kind: 'ttl'; record: ZoneRecord; token: RdToken }
  | { kind: 'class'; record: ZoneRecord; token: RdToken }
  | { kind: 'type'; record: ZoneRecord; token: RdToken }
  | { kind: 'field'; record: ZoneRecord; token: RdToken; rdata: RdToken[]; index: number; field?: FieldDoc; number?: number; name?: NameRef }
  | { kind: 'directive'; directive: Directive; token: RdToken; tokens: RdToken[]; index: number };

/** What is at `offset` in `file` (whose text is `text`), or undefined (white space, comments). */
export function locate(parse: ParseResult, file: string, text: string, offset: number): Located | undefined {
  const r = recordAt(parse, file, offset);
  if (r !== undefined) {
    const rt = recordTokens(text, r);
    if (!rt) return undefined;
    const hit = (t: RdToken | undefined) => t !== undefined && t.start <= offset && offset <= t.end;
    if (hit(rt.owner)) return { kind: 'owner', record: r, token: rt.owner! };
    if (hit(rt.ttl)) return { kind: 'ttl', record: r, token: rt.ttl! };
    if (hit(rt.cls)) return { kind: 'class', record: r, token: rt.cls! };
    if (hit(rt.type)) return { kind: 'type', record: r, token: rt.type };
    const i = tokenIndexAt(rt.rdata, offset);
    if (i < 0) return undefined;
    const token = rt.rdata[i];
    const fo = fieldOfToken(r.type, rt.rdata, i);
    const name = namesOf(r.rdata).find((n) => n.start === token.start);
    return { kind: 'field', record: r, token, rdata: rt.rdata, index: i, field: fo?.field, number: fo?.number, name };
  }
  const d = directiveAt(parse, file, offset);
  if (d !== undefined) {
    const tokens = tokensIn(text, d.start, d.end);
    const i = tokenIndexAt(tokens, offset);
    if (i < 0) return undefined;
    return { kind: 'directive', directive: d, token: tokens[i], tokens, index: i };
  }
  return undefined;
}
