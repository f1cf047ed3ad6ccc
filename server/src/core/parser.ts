/**
 * Zone-file parser: RFC 1035 §5 master files with BIND's extensions ($ORIGIN, $TTL, $INCLUDE,
 * $GENERATE, TTL units, RFC 3597 TYPEnnn / CLASSnnn / `\#` rdata).
 *
 * Architecture invariant: parsing never fails. `parseZone` returns every record it could read plus
 * diagnostics with exact ranges, and recovers at the next entry after an error.
 */
import { Lexer, Token, type Entry } from './lexer';
import { parseName, type ParsedName } from './names';
import { parseTtlIn, looksLikeTtl, MAX_TTL } from './ttl';
import { typeAt, classAt, classFromToken, typeName } from './rrtypes';
import type { Diagnostic, FileHost } from './types';
import type { AddressRdata, NameRef, Rdata, RdataContext, RdataErrorCode, RdToken, SoaRdata } from './rdata/api';
import { isIPv4, isIPv6 } from './rdata/util';
import { RDATA_PARSERS, parseGenericRdata, parseUnknownTypeRdata } from './rdata/index';
import type { RdataParser } from './rdata/api';
import { expandGenerate } from './generate';

export interface ZoneRecord {
  /** The file the record was read from (the zone file, or an $INCLUDEd file). */
  file: string;
  /** Absolute owner name, presentation form. */
  owner: string;
  /** Canonical (lower-case) owner key. */
  key: string;
  /** `hashKey(key)` (names.ts). */
  hash: number;
  /** True when the owner was written relative (or `@`) and completed with the origin in force. */
  readonly ownerRelative: boolean;
  /** True when the owner is a host name (`isHostName(key, true)`, names.ts), found while parsing it. */
  readonly ownerHostName: boolean;
  /**
   * Range of the owner token; for an inherited owner, an empty range at the entry start. So the
   * record's text is always `ownerStart`..`rdataEnd`.
   */
  ownerStart: number;
  ownerEnd: number;
  ttl: number;
  readonly ttlExplicit: boolean;
  readonly cls: string;
  readonly type: string;
  readonly typeCode: number;
  typeStart: number;
  typeEnd: number;
  /** Typed rdata, or undefined when it could not be read (the parser reported why). */
  rdata: Rdata | undefined;
  rdataStart: number;
  rdataEnd: number;
  /** True for records produced by $GENERATE (their ranges point at the directive's tokens). */
  readonly generated: boolean;
}

/*
 * The record object. A million-record zone keeps a million of these, so the fields that are small
 * numbers or flags (type number, class, TTL written, $GENERATE, owner relative) share one number
 * and are read through getters: 13 slots instead of 18, which the garbage collector copies and
 * scans less (measured: about 15% less CPU for parsing the 1M-record benchmark zone).
 */
const TTL_EXPLICIT = 1 << 16;
const GENERATED = 1 << 17;
const OWNER_RELATIVE = 1 << 18;
const CLASS_SHIFT = 19;
const OWNER_HOST = 1 << 27;

/** Class names by the small index kept in a record (the few classes a zone uses, interned). */
const classNames: string[] = [];
function classIndex(cls: string): number {
  let i = classNames.indexOf(cls);
  if (i < 0) {
    if (classNames.length >= 255) return 255; // more than 255 classes: beyond any real file
    i = classNames.push(cls) - 1;
  }
  return i;
}

/** A file read by the parser: its name and text (shared by its records). */
interface Source { readonly file: string; readonly text: string }

/**
 * Stands in a record's rdata slot for an A/AAAA record whose rdata is one valid address token (half
 * the records of a typical zone): the rdata object is made from the text when asked for. The checks
 * never read addresses, so a million-record zone keeps about 35 MB less (measured), and the garbage
 * collector copies that much less while parsing.
 */
const ADDRESS_IN_TEXT: Rdata = Object.freeze({ address: '' }) as AddressRdata;

class Rec implements ZoneRecord {
  constructor(
    private readonly src: Source,
    public owner: string,
    public key: string,
    public hash: number,
    public ownerStart: number,
    public ownerEnd: number,
    public ttl: number,
    /** typeCode | TTL_EXPLICIT | GENERATED | OWNER_RELATIVE | class index << CLASS_SHIFT | OWNER_HOST */
    private readonly bits: number,
    public typeStart: number,
    public typeEnd: number,
    private readonly rd: Rdata | undefined,
    public rdataStart: number,
    public rdataEnd: number,
  ) {}
  get file(): string { return this.src.file; }
  get rdata(): Rdata | undefined {
    const rd = this.rd;
    return rd === ADDRESS_IN_TEXT ? { address: this.src.text.slice(this.rdataStart, this.rdataEnd) } as AddressRdata : rd;
  }
  get typeCode(): number { return this.bits & 0xffff; }
  get type(): string { return typeName(this.bits & 0xffff); }
  get cls(): string { return classNames[(this.bits >>> CLASS_SHIFT) & 0xff] ?? 'CLASS?'; }
  get ttlExplicit(): boolean { return (this.bits & TTL_EXPLICIT) !== 0; }
  get generated(): boolean { return (this.bits & GENERATED) !== 0; }
  get ownerRelative(): boolean { return (this.bits & OWNER_RELATIVE) !== 0; }
  get ownerHostName(): boolean { return (this.bits & OWNER_HOST) !== 0; }
}

export interface ParseOptions {
  /** The file's path or URI, used in diagnostics and to resolve $INCLUDE. */
  file: string;
  /** Initial origin (absolute, trailing dot) for relative names before any $ORIGIN. */
  origin?: string;
  /** File access for $INCLUDE. Without it, $INCLUDE reports that the file cannot be read. */
  host?: FileHost;
  /** Expand at most this many $GENERATE records in total (default 1,000,000). */
  maxGenerate?: number;
}

export interface Directive {
  file: string;
  name: '$ORIGIN' | '$TTL' | '$INCLUDE' | '$GENERATE';
  start: number;
  end: number;
  /** For $INCLUDE: the resolved path; for $ORIGIN: the absolute origin; for $TTL: the seconds as text. */
  value?: string;
  /** For $INCLUDE: the file name as written (a quoted one without its quotes). */
  argStart?: number;
  argEnd?: number;
}

export interface ParseResult {
  records: ZoneRecord[];
  diagnostics: Diagnostic[];
  directives: Directive[];
  /** Every file read: the zone file first, then included files in the order read. */
  files: string[];
  /**
   * The origin in force for relative names, from record index `at` on (every change: start, $ORIGIN,
   * entering and leaving an $INCLUDE). With `ownerRelative` it tells which origin completed a
   * record's owner, so the model can decide "in zone?" once per origin instead of once per name.
   */
  originRuns: { at: number; origin: string | undefined }[];
  /** The class of the first record (the zone's class), IN when there is none. */
  zoneClass: string;
}

const MAX_INCLUDE_DEPTH = 20;

interface FileState {
  file: string;
  src: Source;
  origin: string | undefined;
  /** Previous owner, for blank-owner entries. */
  owner: ParsedName | undefined;
  ownerToken: { start: number; end: number } | undefined;
  /** The origin `owner` was completed with (it may have changed since, for blank-owner lines). */
  ownerOrigin: string | undefined;
}

/** The rdata context handed to the per-type parsers. One instance is reused for every record. */
class Ctx implements RdataContext {
  rdataStart = 0;
  rdataEnd = 0;
  origin: string | undefined;
  file = '';
  constructor(private readonly out: Diagnostic[]) {}
  error(code: RdataErrorCode, message: string, start: number, end: number): void {
    this.out.push({ code, severity: 'error', message, file: this.file, start, end });
  }
  name(tok: RdToken): NameRef | undefined {
    if (tok.quoted) {
      this.error('invalid-name', `a domain name cannot be a quoted string: "${tok.text}"`, tok.start, tok.end);
      return undefined;
    }
    const p = parseName(tok.text, this.origin);
    if (p.error) {
      this.error(p.errorCode ?? 'invalid-name', `bad name '${tok.text}': ${p.error}`, tok.start, tok.end);
      return undefined;
    }
    // `p.host` allows a first `*` label (owners may be wildcards); a name in rdata may not.
    const host = p.host && !(p.key.charCodeAt(0) === 42 && p.key.charCodeAt(1) === 46);
    return { name: p.name, key: p.key, hash: p.hash, relative: p.relative, start: tok.start, end: tok.end, host };
  }
}

/** `RDATA_PARSERS[type]` by type number (a keyed lookup by name per record cost more), checked against the name. */
const parserByCode: ({ type: string; parser: RdataParser | undefined } | undefined)[] = [];
function parserOf(code: number, type: string): RdataParser | undefined {
  const hit = parserByCode[code];
  if (hit !== undefined && hit.type === type) return hit.parser;
  const parser = Object.prototype.hasOwnProperty.call(RDATA_PARSERS, type) ? RDATA_PARSERS[type] : undefined;
  parserByCode[code] = { type, parser };
  return parser;
}

export function parseZone(text: string, options: ParseOptions): ParseResult {
  return new Parser(options).run(text);
}

class Parser {
  private readonly records: ZoneRecord[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly directives: Directive[] = [];
  private readonly files: string[] = [];
  private readonly originRuns: { at: number; origin: string | undefined }[] = [];
  private readonly ctx = new Ctx(this.diagnostics);
  /** $TTL value, once set. */
  private defaultTtl: number | undefined;
  /** The last TTL in force (RFC 1035: a record without TTL takes the last one stated). */
  private lastTtl: number | undefined;
  private zoneClass: string | undefined;
  private generated = 0;
  private readonly stack: string[] = [];

  constructor(private readonly options: ParseOptions) {}

  run(text: string): ParseResult {
    this.parseFile(text, this.options.file, this.options.origin);
    return {
      records: this.records,
      diagnostics: this.diagnostics,
      directives: this.directives,
      files: this.files,
      originRuns: this.originRuns,
      zoneClass: this.zoneClass ?? 'IN',
    };
  }

  private noteOrigin(origin: string | undefined): void {
    const runs = this.originRuns;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.origin === origin) return;
    if (last !== undefined && last.at === this.records.length) last.origin = origin;
    else runs.push({ at: this.records.length, origin });
  }

  private err(file: string, code: string, message: string, start: number, end: number, severity: Diagnostic['severity'] = 'error'): void {
    this.diagnostics.push({ code, severity, message, file, start, end });
  }

  private parseFile(text: string, file: string, origin: string | undefined): void {
    this.files.push(file);
    this.stack.push(file);
    const st: FileState = { file, src: { file, text }, origin, owner: undefined, ownerToken: undefined, ownerOrigin: undefined };
    this.noteOrigin(origin);
    const lexer = new Lexer(text, (code, message, start, end) => this.err(file, code, message, start, end));
    // A byte-order mark is not part of the first owner name.
    for (let e = lexer.next(); e !== undefined; e = lexer.next()) {
      if (e.start === 0 && e.tokens[0].text.charCodeAt(0) === 0xfeff) {
        const t = e.tokens[0];
        e.tokens[0] = Token.of(t.text.slice(1), 1, t.end, t.quoted);
        if (e.tokens[0].text === '') { e.tokens.shift(); if (e.tokens.length === 0) continue; e.blankOwner = true; }
      }
      const first = e.tokens[0];
      if (!e.blankOwner && !first.quoted && first.text.charCodeAt(0) === 36 /* $ */) {
        this.directive(e, st);
      } else {
        this.record(e, st);
      }
    }
    this.stack.pop();
  }

  private directive(e: Entry, st: FileState): void {
    const t = e.tokens;
    const name = t[0].text.toUpperCase();
    const file = st.file;
    switch (name) {
      case '$ORIGIN': {
        if (t.length < 2) { this.err(file, 'syntax-error', '$ORIGIN needs a domain name', t[0].start, t[0].end); return; }
        const p = parseName(t[1].text, st.origin);
        if (p.error) { this.err(file, p.errorCode ?? 'invalid-name', `bad $ORIGIN '${t[1].text}': ${p.error}`, t[1].start, t[1].end); return; }
        st.origin = p.name;
        this.noteOrigin(p.name);
        this.directives.push({ file, name: '$ORIGIN', start: e.start, end: e.end, value: p.name });
        this.extra(file, t, 2, '$ORIGIN');
        return;
      }
      case '$TTL': {
        if (t.length < 2) { this.err(file, 'syntax-error', '$TTL needs a TTL value', t[0].start, t[0].end); return; }
        const v = this.ttlValue(file, t[1]);
        if (v === undefined) return;
        this.defaultTtl = v;
        this.directives.push({ file, name: '$TTL', start: e.start, end: e.end, value: String(v) });
        this.extra(file, t, 2, '$TTL');
        return;
      }
      case '$INCLUDE':
        this.include(e, st);
        return;
      case '$GENERATE':
        this.generate(e, st);
        return;
      default:
        this.err(file, 'syntax-error', `unknown directive '${t[0].text}' (expected $ORIGIN, $TTL, $INCLUDE or $GENERATE)`, t[0].start, t[0].end);
    }
  }

  private extra(file: string, t: RdToken[], from: number, what: string): void {
    if (t.length > from) {
      this.err(file, 'extra-field', `extra text after ${what}: '${t[from].text}'`, t[from].start, t[t.length - 1].end);
    }
  }

  private ttlValue(file: string, tok: Token): number | undefined {
    const v = parseTtlIn(tok.src, tok.textStart, tok.textEnd);
    if (v === undefined) {
      this.err(file, 'invalid-ttl', `'${tok.text}' is not a TTL (seconds, or units like 1h30m, 2d, 1w)`, tok.start, tok.end);
      return undefined;
    }
    if (v > 4294967295) {
      this.err(file, 'invalid-ttl', `TTL ${tok.text} is out of range (at most 4294967295 seconds)`, tok.start, tok.end);
      return undefined;
    }
    if (v > MAX_TTL) {
      this.err(file, 'ttl-too-large', `TTL ${tok.text} exceeds 2147483647 seconds; resolvers treat it as 0 (RFC 2181 §8)`, tok.start, tok.end, 'warning');
    }
    return v;
  }

  private include(e: Entry, st: FileState): void {
    const t = e.tokens;
    const file = st.file;
    if (t.length < 2) { this.err(file, 'syntax-error', '$INCLUDE needs a file name', t[0].start, t[0].end); return; }
    let origin = st.origin;
    if (t.length >= 3) {
      const p = parseName(t[2].text, st.origin);
      if (p.error) { this.err(file, p.errorCode ?? 'invalid-name', `bad $INCLUDE origin '${t[2].text}': ${p.error}`, t[2].start, t[2].end); return; }
      origin = p.name;
      this.extra(file, t, 3, '$INCLUDE file and origin');
    }
    const host = this.options.host;
    const target = host ? host.resolve(file, unescapeText(t[1].text)) : t[1].text;
    this.directives.push({ file, name: '$INCLUDE', start: e.start, end: e.end, value: target, argStart: t[1].textStart, argEnd: t[1].textEnd });
    if (this.stack.includes(target)) {
      this.err(file, 'include-cycle', `$INCLUDE cycle: '${t[1].text}' is already being read (${[...this.stack, target].join(' → ')})`, t[1].start, t[1].end);
      return;
    }
    if (this.stack.length >= MAX_INCLUDE_DEPTH) {
      this.err(file, 'include-depth', `$INCLUDE nested more than ${MAX_INCLUDE_DEPTH} levels deep; '${t[1].text}' not read`, t[1].start, t[1].end);
      return;
    }
    const content = host?.readFile(target);
    if (content === undefined) {
      this.err(file, 'include-not-found', `cannot read $INCLUDE file '${t[1].text}' (${target})`, t[1].start, t[1].end);
      return;
    }
    // RFC 1035 §5.1: the origin and current owner revert after the included file.
    this.parseFile(content, target, origin);
    this.noteOrigin(st.origin);
  }

  private generate(e: Entry, st: FileState): void {
    const file = st.file;
    this.directives.push({ file, name: '$GENERATE', start: e.start, end: e.end });
    const budget = (this.options.maxGenerate ?? 1_000_000) - this.generated;
    const result = expandGenerate(e.tokens, budget);
    for (const d of result.errors) this.err(file, d.code, d.message, d.start, d.end, d.severity);
    for (const g of result.entries) {
      this.generated++;
      this.record(g, st, true);
    }
  }

  private record(e: Entry, st: FileState, generated = false): void {
    const t = e.tokens;
    const file = st.file;
    const ctx = this.ctx;
    ctx.file = file;
    let i = 0;
    let owner: ParsedName;
    let ownerStart: number, ownerEnd: number;
    if (e.blankOwner) {
      if (st.owner === undefined) {
        this.err(file, 'syntax-error', 'no owner name: the first record of a file cannot start with white space', e.start, e.start + 1);
        return;
      }
      owner = st.owner;
      ownerStart = ownerEnd = e.start;
    } else {
      const tok = t[0];
      owner = parseName(tok.text, st.origin);
      ownerStart = tok.start;
      ownerEnd = tok.end;
      i = 1;
      if (owner.error) {
        this.err(file, owner.errorCode ?? 'invalid-name', `bad owner name '${tok.text}': ${owner.error}`, tok.start, tok.end);
        // Keep the owner so following blank-owner lines do not cascade into more errors.
      }
      if (tok.quoted) this.err(file, 'syntax-error', 'an owner name cannot be a quoted string', tok.start, tok.end);
      st.owner = owner;
      st.ownerOrigin = st.origin;
    }
    // TTL and class, in either order.
    let ttl: number | undefined;
    let cls: string | undefined;
    for (let k = 0; k < 2 && i < t.length; k++) {
      const tok = t[i];
      if (tok.quoted) break;
      const c = tok.src.charCodeAt(tok.textStart);
      if (ttl === undefined && c >= 48 && c <= 57) { // a TTL starts with a digit
        const v = this.ttlValue(file, tok);
        if (v === undefined) return;
        ttl = v;
        i++;
      } else if (cls === undefined) {
        const named = classAt(tok.src, tok.textStart, tok.textEnd);
        if (named === undefined) break;
        cls = named;
        i++;
      } else break;
    }
    if (i >= t.length) {
      const last = t[t.length - 1];
      this.err(file, 'syntax-error', 'record has no type (expected e.g. A, MX, TXT after the owner, TTL and class)', last.start, last.end);
      return;
    }
    const typeTok = t[i];
    const ty = typeTok.quoted ? undefined : typeAt(typeTok.src, typeTok.textStart, typeTok.textEnd);
    if (ty === undefined) {
      if (looksLikeTtl(typeTok.text) && ttl !== undefined) {
        this.err(file, 'syntax-error', `two TTLs: '${typeTok.text}' after TTL ${ttl}`, typeTok.start, typeTok.end);
      } else if (classFromToken(typeTok.text) !== undefined) {
        this.err(file, 'syntax-error', `two classes: '${typeTok.text}' after ${cls}`, typeTok.start, typeTok.end);
      } else {
        this.err(file, 'unknown-type', `unknown RR type '${typeTok.text}'`, typeTok.start, typeTok.end);
      }
      return;
    }
    // The meta types (META_TYPES: OPT, and 128–255 — NXNAME, TKEY, TSIG, IXFR, AXFR, MAILB, MAILA, ANY) by number.
    if (ty.code === 41 || (ty.code >= 128 && ty.code <= 255)) {
      this.err(file, 'unknown-type', `${ty.type} is a meta/query type and cannot appear in a zone file`, typeTok.start, typeTok.end);
      return;
    }
    const recordClass = cls ?? this.zoneClass ?? 'IN';
    if (this.zoneClass === undefined) this.zoneClass = recordClass;
    else if (cls !== undefined && cls !== this.zoneClass) {
      this.err(file, 'class-mismatch', `class ${cls} differs from the zone's class ${this.zoneClass}`, t[i - 1].start, t[i - 1].end);
    }
    // Rdata.
    const rdataStart = i + 1 < t.length ? t[i + 1].start : typeTok.end;
    const rdataEnd = i + 1 < t.length ? t[t.length - 1].end : typeTok.end;
    let rdata: Rdata | undefined;
    // Not for $GENERATE records: their tokens are substituted text, not the file's.
    const one = i + 2 === t.length && !generated ? t[i + 1] : undefined;
    if (one !== undefined && !one.quoted && (ty.code === 1 ? isIPv4(one.src, one.textStart, one.textEnd) : ty.code === 28 && isIPv6(one.src, one.textStart, one.textEnd))) {
      rdata = ADDRESS_IN_TEXT; // the address is the token: made from the text when read
    } else {
      const rd = i + 1 < t.length ? t.slice(i + 1) : [];
      ctx.origin = st.origin;
      ctx.rdataStart = rdataStart;
      ctx.rdataEnd = rdataEnd;
      // `\#` starts the RFC 3597 generic form; for TXT only when a number follows, since `\#` is also
      // an escaped '#' there (BIND's rule, lib/dns/rdata.c).
      if (rd.length > 0 && !rd[0].quoted && rd[0].src.charCodeAt(rd[0].textStart) === 92 && rd[0].text === '\\#' &&
          (ty.type !== 'TXT' || (rd.length > 1 && !rd[1].quoted && /^[0-9]+$/.test(rd[1].text)))) {
        // The generic form of a known type must still be valid for that type; BIND converts it.
        rdata = parseGenericRdata(rd, ctx, ty.type);
      } else {
        const p = parserOf(ty.code, ty.type);
        rdata = p ? p(rd, ctx) : parseUnknownTypeRdata(ty.type, rd, ctx);
      }
    }
    // TTL (BIND's rules, lib/dns/master.c).
    let ttlValue: number;
    if (ttl !== undefined) {
      ttlValue = ttl;
      this.lastTtl = ttl;
    } else if (this.defaultTtl !== undefined) {
      ttlValue = this.defaultTtl;
    } else if (this.lastTtl !== undefined) {
      ttlValue = this.lastTtl;
    } else if (ty.type === 'SOA') {
      const min = (rdata as SoaRdata | undefined)?.minimum;
      ttlValue = typeof min === 'number' ? min : 0;
      this.defaultTtl = ttlValue;
      this.err(file, 'no-ttl', `no TTL specified and no $TTL before this record; BIND uses the SOA minimum (${ttlValue}) instead`, typeTok.start, typeTok.end, 'warning');
    } else {
      ttlValue = 0;
      this.err(file, 'missing-ttl', 'no TTL specified: no $TTL, no TTL on this or an earlier record; BIND rejects the zone', typeTok.start, typeTok.end);
      this.lastTtl = 0;
    }
    // An owner over the length limits names nothing: BIND drops the line, and so do we (after
    // reading its rdata and TTL, so their errors are still reported).
    if (owner.errorCode !== undefined) return;
    const bits = ty.code | (ttl !== undefined ? TTL_EXPLICIT : 0) | (generated ? GENERATED : 0) |
      (owner.originKey !== undefined && st.ownerOrigin === st.origin ? OWNER_RELATIVE : 0) | (classIndex(recordClass) << CLASS_SHIFT) | (owner.host ? OWNER_HOST : 0);
    this.records.push(new Rec(st.src, owner.name, owner.key, owner.hash, ownerStart, ownerEnd, ttlValue, bits,
      typeTok.start, typeTok.end, rdata, rdataStart, rdataEnd));
  }
}

/** Decode `\X` escapes of a file name token. */
function unescapeText(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  return s.replace(/\\([0-9]{3}|.)/g, (_m, g: string) => (g.length === 3 ? String.fromCharCode(Number(g)) : g));
}
