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
}

const MECHANISMS = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
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
function domainSpecProblem(v: string): string | undefined {
  if (v === '') return 'is empty';
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '%') {
      const n = v[i + 1];
      if (n === '%' || n === '_' || n === '-') { i++; continue; }
      if (n !== '{') return `has a bad macro at '${v.slice(i, i + 4)}' (use %{…}, %%, %_ or %-)`;
      const close = v.indexOf('}', i);
      if (close < 0) return "has an unclosed '%{' macro";
      if (!/^\{[slodiphcrtvSLODIPHCRTV][0-9]*r?[-.+,/_=]*\}$/i.test(v.slice(i + 1, close + 1))) return `has a bad macro '${v.slice(i, close + 1)}'`;
      i = close;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code < 0x21 || code > 0x7e) return 'has a character outside visible ASCII';
  }
  return undefined;
}

function ip4Problem(v: string): string | undefined {
  // Fast path: a plain dotted quad with an optional /0-32.
  const slash = v.indexOf('/');
  const addr = slash < 0 ? v : v.slice(0, slash);
  if (isIPv4(addr, 0, addr.length) && (slash < 0 || /^\/([0-9]|[12][0-9]|3[0-2])$/.test(v.slice(slash)))) return undefined;
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

/** Parse and validate; with `keep`, only terms with those names are returned (all are validated). */
export function parseSpf(strings: readonly string[], keep?: ReadonlySet<string>): SpfRecord {
  const text = strings.join('');
  const terms: SpfTerm[] = [];
  const errors: string[] = [];
  const words = text.split(' ');
  // words[0] is the version; runs of spaces give empty words (allowed: 1*SP).
  for (const w of words.slice(1)) {
    if (w === '') continue;
    const eq = w.indexOf('=');
    const mod = eq > 0 ? /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/.exec(w) : null; // most terms have no '='
    if (mod) {
      const name = mod[1].toLowerCase();
      if (!keep || keep.has(name)) terms.push({ kind: 'modifier', name, value: mod[2], text: w });
      if ((name === 'redirect' || name === 'exp')) {
        const p = domainSpecProblem(mod[2]);
        if (p) errors.push(`'${w}': the domain ${p}`);
      }
      continue;
    }
    const m = /^([+\-~?]?)([A-Za-z][A-Za-z0-9]*)(.*)$/.exec(w);
    if (!m) { errors.push(`'${w}' is neither a mechanism nor a modifier`); continue; }
    const qualifier = (m[1] || undefined) as Qualifier | undefined;
    const name = m[2].toLowerCase();
    const rest = m[3];
    if (!MECHANISMS.has(name)) { errors.push(`'${w}': unknown mechanism '${m[2]}' (all, include, a, mx, ptr, ip4, ip6, exists)`); continue; }
    if (!keep || keep.has(name)) {
      const term: SpfTerm = { kind: 'mechanism', name, qualifier, text: w };
      if (rest.startsWith(':')) term.value = rest.slice(1);
      terms.push(term);
    }
    switch (name) {
      case 'all':
        if (rest !== '') errors.push(`'${w}': 'all' takes no argument`);
        break;
      case 'include': case 'exists': {
        if (!rest.startsWith(':')) { errors.push(`'${w}': ${name} needs ':domain'`); break; }
        const p = domainSpecProblem(rest.slice(1));
        if (p) errors.push(`'${w}': the domain ${p}`);
        break;
      }
      case 'a': case 'mx': {
        const cm = /^(?::([^/]*))?((?:\/[0-9]+)?(?:\/\/[0-9]+)?)$/.exec(rest);
        if (!cm) { errors.push(`'${w}': expected ${name}[:domain][/cidr4][//cidr6]`); break; }
        if (cm[1] !== undefined) { const p = domainSpecProblem(cm[1]); if (p) errors.push(`'${w}': the domain ${p}`); }
        const c4 = /^\/([0-9]+)/.exec(cm[2]), c6 = /\/\/([0-9]+)$/.exec(cm[2]);
        if (c4 && Number(c4[1]) > 32) errors.push(`'${w}': /${c4[1]} is not an IPv4 prefix length (0–32)`);
        if (c6 && Number(c6[1]) > 128) errors.push(`'${w}': //${c6[1]} is not an IPv6 prefix length (0–128)`);
        break;
      }
      case 'ptr':
        if (rest !== '' && !rest.startsWith(':')) errors.push(`'${w}': expected ptr[:domain]`);
        break;
      case 'ip4': {
        if (!rest.startsWith(':')) { errors.push(`'${w}': ip4 needs ':address'`); break; }
        const p = ip4Problem(rest.slice(1));
        if (p) errors.push(`'${w}': ${p}`);
        break;
      }
      case 'ip6': {
        if (!rest.startsWith(':')) { errors.push(`'${w}': ip6 needs ':address'`); break; }
        const p = ip6Problem(rest.slice(1));
        if (p) errors.push(`'${w}': ${p}`);
        break;
      }
    }
  }
  let redirects = 0, exps = 0;
  for (const w of words) {
    const c = w.charCodeAt(0) | 32;
    if (c !== 114 && c !== 101) continue; // only words starting with r or e can be redirect=/exp=
    const l = w.toLowerCase();
    if (l.startsWith('redirect=')) redirects++;
    else if (l.startsWith('exp=')) exps++;
  }
  if (redirects > 1) errors.push("'redirect=' appears more than once (RFC 7208 §6)");
  if (exps > 1) errors.push("'exp=' appears more than once (RFC 7208 §6)");
  return { terms, errors };
}


export interface SpfAt { record: ZoneRecord; spf: SpfRecord }

const cache = new WeakMap<ZoneModel, SpfAt[]>();
const KEPT = new Set([...LOOKUP_TERMS, 'all']);
const NO_ERRORS: string[] = [];

/**
 * The zone's SPF records (TXT, and type SPF), parsed once per analysis and shared by the spf-*
 * checks; each keeps its syntax errors and only the terms the checks use.
 */
export function spfRecords(model: ZoneModel): SpfAt[] {
  let list = cache.get(model);
  if (list === undefined) {
    list = [];
    for (const code of [16, 99]) {
      for (const record of model.ofType(code)) {
        const strings = (record.rdata as TxtRdata | undefined)?.strings;
        if (strings && isSpf(strings)) {
          // Keep only what the checks read: the lookup terms, `all` and errors (ip4:/ip6: lists
          // are most of the terms of a real zone's SPF records, and the cache lives during the checks).
          const spf = parseSpf(strings, KEPT);
          list.push({ record, spf: { terms: spf.terms, errors: spf.errors.length > 0 ? spf.errors : NO_ERRORS } });
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
