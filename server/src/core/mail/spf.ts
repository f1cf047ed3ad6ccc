/**
 * SPF records (RFC 7208): recognising them in TXT rdata and parsing their terms. Pure; used by the
 * spf-* checks. Strings of one TXT record are concatenated without spaces (RFC 7208 §3.3).
 */
import type { ZoneModel } from '../model';
import type { ZoneRecord } from '../parser';
import type { TxtRdata } from '../rdata/api';
import { isIPv4 } from '../rdata/util';

export type Qualifier = '+' | '-' | '~' | '?';

export interface SpfTerm {
  kind: 'mechanism' | 'modifier';
  /** Mechanism or modifier name, lower case (`include`, `ip4`, `redirect`, …). */
  name: string;
  qualifier?: Qualifier;
  /** The argument after `:` or `=`, if any (domain-spec, network). */
  value?: string;
  text: string;
}

export interface SpfRecord {
  terms: SpfTerm[];
  /** Syntax problems, each a sentence naming the term. */
  errors: string[];
  /**
   * True when the policy can give `pass`: a mechanism with the `+` qualifier, written or implied
   * (`ip4:`/`ip6:` with their ':' — they are not kept in `terms` when parsed with `keep`), or a
   * `redirect=`.
   */
  canPass: boolean;
}

/** Mechanisms and modifiers that cost a DNS lookup (RFC 7208 §4.6.4). */
export const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

/** True when the TXT strings form an SPF record (`v=spf1` then a space or the end). */
export function isSpf(strings: readonly string[]): boolean {
  // Hot path (every TXT record of the zone): look at the first string; join only when it is short.
  const s0 = strings[0] ?? '';
  if (s0.length >= 7) return (s0.charCodeAt(0) | 32) === 118 && /^v=spf1 /i.test(s0);
  return /^v=spf1( |$)/i.test(strings.join(''));
}

/** A macro-string domain-spec (RFC 7208 §7.1), loosely: macros well formed, no spaces, not empty. */
function domainSpecProblem(v: string, from = 0, to = v.length): string | undefined {
  if (from >= to) return 'is empty';
  for (let i = from; i < to; i++) {
    const code = v.charCodeAt(i);
    if (code === 37 /* % */) {
      const n = v.charCodeAt(i + 1);
      if (i + 1 < to && (n === 37 || n === 95 || n === 45)) { i++; continue; } // %% %_ %-
      if (i + 1 >= to || n !== 123 /* { */) return `has a bad macro at '${v.slice(i, Math.min(i + 4, to))}' (use %{…}, %%, %_ or %-)`;
      const close = v.indexOf('}', i);
      if (close < 0 || close >= to) return "has an unclosed '%{' macro";
      if (!/^\{[slodiphcrtvSLODIPHCRTV][0-9]*r?[-.+,/_=]*\}$/i.test(v.slice(i + 1, close + 1))) return `has a bad macro '${v.slice(i, close + 1)}'`;
      i = close;
      continue;
    }
    if (code < 0x21 || code > 0x7e) return 'has a character outside visible ASCII';
  }
  return undefined;
}

/** Digits only in text[from, to), at least one, value ≤ max. */
function smallNumber(text: string, from: number, to: number, max: number): boolean {
  if (from >= to || to - from > 4) return false;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    v = v * 10 + c - 48;
  }
  return v <= max;
}

function ip4Problem(v: string): string | undefined {
  const m = /^([0-9.]+)(?:\/([0-9]+))?$/.exec(v);
  if (!m) return `'${v}' is not an IPv4 network (like 192.0.2.0/24)`;
  const parts = m[1].split('.');
  if (parts.length !== 4 || parts.some((p) => p === '' || Number(p) > 255 || (p.length > 1 && p[0] === '0'))) return `'${m[1]}' is not an IPv4 address`;
  if (m[2] !== undefined && Number(m[2]) > 32) return `/${m[2]} is not an IPv4 prefix length (0–32)`;
  return undefined;
}

function ip6Problem(v: string): string | undefined {
  const m = /^([0-9A-Fa-f:.]+)(?:\/([0-9]+))?$/.exec(v);
  if (!m || !m[1].includes(':')) return `'${v}' is not an IPv6 network (like 2001:db8::/32)`;
  if (m[2] !== undefined && Number(m[2]) > 128) return `/${m[2]} is not an IPv6 prefix length (0–128)`;
  return undefined;
}

/** ip4:ADDR[/0-32] with a valid dotted quad, in text[from, to) (the part after ':'). */
function ip4Ok(text: string, from: number, to: number): boolean {
  const slash = text.indexOf('/', from);
  const addrEnd = slash < 0 || slash >= to ? to : slash;
  return isIPv4(text, from, addrEnd) && (addrEnd === to || smallNumber(text, addrEnd + 1, to, 32));
}

/** ip6:… as loosely as ip6Problem accepts it: hex digits, ':' and '.', at least one ':', then /0-128. */
function ip6Ok(text: string, from: number, to: number): boolean {
  let colon = false;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colon = true;
    else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 46)) break;
  }
  if (!colon || i === from) return false;
  return i === to || (text.charCodeAt(i) === 47 && smallNumber(text, i + 1, to, 128));
}

const LETTER = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const DIGIT = (c: number) => c >= 48 && c <= 57;

/** The name text[from, to) in lower case, without allocating a second string when it already is. */
function lowerName(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c >= 65 && c <= 90) return s.toLowerCase(); }
  return s;
}

/** The mechanism named by text[from, to), any case, as a constant string; undefined if none. */
function mechanismName(text: string, from: number, to: number): string | undefined {
  const len = to - from;
  const c0 = text.charCodeAt(from) | 32, c1 = text.charCodeAt(from + 1) | 32, c2 = text.charCodeAt(from + 2) | 32;
  switch (len) {
    case 1: return c0 === 97 ? 'a' : undefined;
    case 2: return c0 === 109 && c1 === 120 ? 'mx' : undefined;
    case 3:
      if (c0 === 105 && c1 === 112) { const d = text.charCodeAt(from + 2); return d === 52 ? 'ip4' : d === 54 ? 'ip6' : undefined; }
      if (c0 === 97 && c1 === 108 && c2 === 108) return 'all';
      if (c0 === 112 && c1 === 116 && c2 === 114) return 'ptr';
      return undefined;
  }
  const name = text.slice(from, to).toLowerCase();
  return name === 'include' ? 'include' : name === 'exists' ? 'exists' : undefined;
}

/**
 * Called for each term of a record by `scanSpf`: `text[from, e)` is the term, `q` where its name
 * starts (after the qualifier of a mechanism), `value` where its value starts (after ':' or '='), or
 * -1 when it has none.
 */
type TermSink = (kind: 'mechanism' | 'modifier', name: string, text: string, from: number, q: number, e: number, value: number) => void;

/** The term `text[from, e)` as an object (see TermSink). */
function termOf(kind: 'mechanism' | 'modifier', name: string, text: string, from: number, q: number, e: number, value: number): SpfTerm {
  if (kind === 'modifier') return { kind, name, value: text.slice(value, e), text: text.slice(from, e) };
  const term: SpfTerm = { kind, name, qualifier: q > from ? (text[from] as Qualifier) : undefined, text: text.slice(from, e) };
  if (value >= 0) term.value = text.slice(value, e);
  return term;
}

/**
 * Parse and validate; with `keep`, only terms with those names are returned (all are validated).
 */
export function parseSpf(strings: readonly string[], keep?: ReadonlySet<string>): SpfRecord {
  const terms: SpfTerm[] = [];
  const { errors, canPass } = scanSpf(strings, (kind, name, text, from, q, e, value) => {
    if (!keep || keep.has(name)) terms.push(termOf(kind, name, text, from, q, e, value));
  });
  return { terms, errors, canPass };
}

/**
 * Validate the record and hand each term to `sink`. Hot path (SPF records of real zones are mostly
 * long ip4:/ip6: lists): one scan over the text, terms read by offsets, strings cut only for
 * messages and by the sink.
 */
function scanSpf(strings: readonly string[], sink: TermSink): { errors: string[]; canPass: boolean } {
  const text = strings.length === 1 ? strings[0] : strings.join('');
  const errors: string[] = [];
  const n = text.length;
  let redirects = 0, exps = 0;
  let canPass = false;
  // The first word is the version; terms are separated by runs of spaces (1*SP).
  let s = text.indexOf(' ');
  if (s < 0) s = n;
  while (s < n) {
    if (text.charCodeAt(s) === 32) { s++; continue; }
    let e = text.indexOf(' ', s);
    if (e < 0) e = n;
    const from = s;
    s = e;
    // A modifier: name=value, name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ), read up to its
    // '=' within the term.
    if (LETTER(text.charCodeAt(from))) {
      let k = from + 1;
      for (; k < e; k++) { const c = text.charCodeAt(k); if (!(LETTER(c) || DIGIT(c) || c === 45 || c === 95 || c === 46)) break; }
      const eq = k;
      if (k < e && text.charCodeAt(k) === 61) {
        const name = lowerName(text, from, eq);
        sink('modifier', name, text, from, from, e, eq + 1);
        if (name === 'redirect' || name === 'exp') {
          if (name === 'redirect') { redirects++; canPass = true; } else exps++;
          const p = domainSpecProblem(text, eq + 1, e);
          if (p) errors.push(`'${text.slice(from, e)}': the domain ${p}`);
        }
        continue;
      }
    }
    // A mechanism: [qualifier] name [rest].
    let q = from;
    const c0 = text.charCodeAt(q);
    if (c0 === 43 || c0 === 45 || c0 === 126 || c0 === 63) q++; // + - ~ ?
    if (q >= e || !LETTER(text.charCodeAt(q))) { errors.push(`'${text.slice(from, e)}' is neither a mechanism nor a modifier`); continue; }
    let r = q + 1;
    while (r < e && (LETTER(text.charCodeAt(r)) || DIGIT(text.charCodeAt(r)))) r++;
    const name = mechanismName(text, q, r);
    if (name === undefined) {
      errors.push(`'${text.slice(from, e)}': unknown mechanism '${text.slice(q, r)}' (all, include, a, mx, ptr, ip4, ip6, exists)`);
      continue;
    }
    const colon = r < e && text.charCodeAt(r) === 58;
    if (q === from || c0 === 43) canPass ||= (name !== 'ip4' && name !== 'ip6') || colon;
    switch (name) {
      case 'all':
        if (r !== e) errors.push(`'${text.slice(from, e)}': 'all' takes no argument`);
        break;
      case 'include': case 'exists': {
        if (!colon) { errors.push(`'${text.slice(from, e)}': ${name} needs ':domain'`); break; }
        const p = domainSpecProblem(text, r + 1, e);
        if (p) errors.push(`'${text.slice(from, e)}': the domain ${p}`);
        break;
      }
      case 'a': case 'mx': {
        if (r === e) break;
        const w = text.slice(from, e);
        const cm = /^(?::([^/]*))?((?:\/[0-9]+)?(?:\/\/[0-9]+)?)$/.exec(text.slice(r, e));
        if (!cm) { errors.push(`'${w}': expected ${name}[:domain][/cidr4][//cidr6]`); break; }
        if (cm[1] !== undefined) { const p = domainSpecProblem(cm[1]); if (p) errors.push(`'${w}': the domain ${p}`); }
        const c4 = /^\/([0-9]+)/.exec(cm[2]), c6 = /\/\/([0-9]+)$/.exec(cm[2]);
        if (c4 && Number(c4[1]) > 32) errors.push(`'${w}': /${c4[1]} is not an IPv4 prefix length (0–32)`);
        if (c6 && Number(c6[1]) > 128) errors.push(`'${w}': //${c6[1]} is not an IPv6 prefix length (0–128)`);
        break;
      }
      case 'ptr':
        if (r !== e && !colon) errors.push(`'${text.slice(from, e)}': expected ptr[:domain]`);
        break;
      case 'ip4': {
        if (!colon) { errors.push(`'${text.slice(from, e)}': ip4 needs ':address'`); break; }
        if (ip4Ok(text, r + 1, e)) break;
        const p = ip4Problem(text.slice(r + 1, e));
        if (p) errors.push(`'${text.slice(from, e)}': ${p}`);
        break;
      }
      case 'ip6': {
        if (!colon) { errors.push(`'${text.slice(from, e)}': ip6 needs ':address'`); break; }
        if (ip6Ok(text, r + 1, e)) break;
        const p = ip6Problem(text.slice(r + 1, e));
        if (p) errors.push(`'${text.slice(from, e)}': ${p}`);
        break;
      }
    }
    sink('mechanism', name, text, from, q, e, colon ? r + 1 : -1);
  }
  if (redirects > 1) errors.push("'redirect=' appears more than once (RFC 7208 §6)");
  if (exps > 1) errors.push("'exp=' appears more than once (RFC 7208 §6)");
  return { errors, canPass };
}

/** What the spf-* checks read of an SPF record (`summarizeSpf`). */
export interface SpfSummary {
  /** Syntax problems, as `SpfRecord.errors`. */
  errors: string[];
  /** As `SpfRecord.canPass`. */
  canPass: boolean;
  /** Terms named like a DNS-lookup term (`LOOKUP_TERMS`), mechanisms and modifiers alike. */
  lookups: number;
  /** The non-empty values of the terms named include or redirect, in order (what a lookup count follows). */
  follow: string[];
  /** The first `all` mechanism, the first `ptr` mechanism, the first `redirect=` modifier. */
  all?: SpfTerm;
  ptr?: SpfTerm;
  redirect?: SpfTerm;
}

/** Validate and summarise an SPF record for the checks: no object per term, strings only for what is kept. */
export function summarizeSpf(strings: readonly string[]): SpfSummary {
  let lookups = 0;
  let follow: string[] = NO_STRINGS;
  let all: SpfTerm | undefined, ptr: SpfTerm | undefined, redirect: SpfTerm | undefined;
  const { errors, canPass } = scanSpf(strings, (kind, name, text, from, q, e, value) => {
    if (!LOOKUP_TERMS.has(name)) {
      if (name === 'all' && kind === 'mechanism' && all === undefined) all = termOf(kind, name, text, from, q, e, value);
      return;
    }
    lookups++;
    if ((name === 'include' || name === 'redirect') && value >= 0 && value < e) {
      if (follow === NO_STRINGS) follow = [];
      follow.push(text.slice(value, e));
    }
    if (name === 'ptr' && kind === 'mechanism' && ptr === undefined) ptr = termOf(kind, name, text, from, q, e, value);
    else if (name === 'redirect' && kind === 'modifier' && redirect === undefined) redirect = termOf(kind, name, text, from, q, e, value);
  });
  return { errors: errors.length > 0 ? errors : NO_STRINGS, canPass, lookups, follow, all, ptr, redirect };
}

const NO_STRINGS: string[] = [];

export interface SpfAt { record: ZoneRecord; spf: SpfSummary }

const cache = new WeakMap<ZoneModel, SpfAt[]>();

/**
 * The zone's SPF records (TXT, and type SPF), parsed once per analysis and shared by the spf-*
 * checks; each as `summarizeSpf` reads it.
 */
export function spfRecords(model: ZoneModel): SpfAt[] {
  let list = cache.get(model);
  if (list === undefined) {
    list = [];
    for (const code of [16, 99]) {
      for (const record of model.ofType(code)) {
        const strings = (record.rdata as TxtRdata | undefined)?.strings;
        if (strings && isSpf(strings)) {
          // Keep only what the checks read (ip4:/ip6: lists are most of the terms of a real zone's
          // SPF records, and the cache lives during the checks).
          list.push({ record, spf: summarizeSpf(strings) });
        }
      }
    }
    cache.set(model, list);
  }
  return list;
}

/** Drop the parsed SPF records of an analysis (called once its checks have run). */
export function forgetSpf(model: ZoneModel): void {
  cache.delete(model);
}
