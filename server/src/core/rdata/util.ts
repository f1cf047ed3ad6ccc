/**
 * Shared pieces of the rdata parsers: a field cursor that reports missing/extra fields, number
 * fields, and the encodings (IPv4, IPv6, base64, base32hex, hex, character-strings).
 * Pure functions; nothing here throws.
 */
import type { NameRef, RdataContext, RdToken } from './api';
import { parseTtl } from '../ttl';
import { utf8Length } from '../utf8';

/**
 * Walks a record's rdata tokens field by field. `format` is the type's field list as shown to the
 * user in messages, e.g. `MX preference exchange`.
 */
export class Fields {
  i = 0;
  /** Set once a field was reported bad: a missing field after it is then not reported (likely one cause). */
  failed = false;
  constructor(readonly toks: RdToken[], readonly ctx: RdataContext, readonly format: string) {}

  get left(): number { return this.toks.length - this.i; }

  /** Where a missing field is reported: the whole rdata, or the point after the type. */
  missing(what: string): void {
    if (this.failed) return;
    this.failed = true;
    const c = this.ctx;
    const found = this.toks.length;
    const msg = `missing ${what}: the rdata is '${this.format}'` +
      (found === 0 ? ' and none of it is there' : ` and only ${found} field${found === 1 ? ' is' : 's are'} there`);
    c.error('missing-field', msg, c.rdataStart, c.rdataEnd);
  }

  /** The next token, or undefined after reporting it missing. */
  next(what: string): RdToken | undefined {
    if (this.i >= this.toks.length) { this.missing(what); return undefined; }
    return this.toks[this.i++];
  }

  /** An unsigned decimal integer in [min, max]. */
  int(what: string, max: number, min = 0): number | undefined {
    const t = this.next(what);
    const v = t ? intToken(t, what, this.ctx, max, min) : undefined;
    if (t && v === undefined) this.failed = true;
    return v;
  }

  /** A 32-bit period that may use TTL units (SOA timers). */
  period(what: string): number | undefined {
    const t = this.next(what);
    if (!t) return undefined;
    const v = t.quoted ? undefined : parseTtl(t.text);
    if (v === undefined) {
      this.failed = true;
      this.ctx.error('invalid-number', `${what} must be a number of seconds or a duration like 1h or 2d, not '${t.text}'`, t.start, t.end);
      return undefined;
    }
    if (v > 0xffffffff) {
      this.failed = true;
      this.ctx.error('out-of-range', `${what} ${t.text} is above 4294967295`, t.start, t.end);
      return undefined;
    }
    return v;
  }

  name(what: string): NameRef | undefined {
    const t = this.next(what);
    const n = t ? this.ctx.name(t) : undefined;
    if (t && !n) this.failed = true;
    return n;
  }

  /** A token that must be a plain word (not quoted). */
  word(what: string): RdToken | undefined {
    const t = this.next(what);
    if (t && t.quoted) {
      this.failed = true;
      this.ctx.error('invalid-rdata', `${what} cannot be a quoted string`, t.start, t.end);
      return undefined;
    }
    return t;
  }

  /** All remaining tokens (possibly none). */
  rest(): RdToken[] {
    const r = this.toks.slice(this.i);
    this.i = this.toks.length;
    return r;
  }

  /** Report any tokens left over as one extra-field diagnostic. */
  end(): void {
    if (this.i < this.toks.length) {
      const first = this.toks[this.i], last = this.toks[this.toks.length - 1];
      const n = this.toks.length - this.i;
      this.ctx.error('extra-field', `${n === 1 ? 'an extra field' : `${n} extra fields`} after the rdata '${this.format}'`, first.start, last.end);
      this.i = this.toks.length;
    }
  }
}

/** Parse an unsigned decimal integer token and check its range. */
export function intToken(t: RdToken, what: string, ctx: RdataContext, max: number, min = 0): number | undefined {
  const s = t.text;
  let v = 0;
  let ok = !t.quoted && s.length > 0;
  for (let i = 0; ok && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) ok = false;
    else v = v * 10 + (c - 48);
  }
  if (!ok) {
    ctx.error('invalid-number', `${what} must be a number${rangeText(min, max)}, not '${s}'`, t.start, t.end);
    return undefined;
  }
  if (s.length > 15) v = Number.MAX_SAFE_INTEGER;
  if (v < min || v > max) {
    ctx.error('out-of-range', `${what} ${s} is out of range${rangeText(min, max)}`, t.start, t.end);
    return undefined;
  }
  return v;
}

function rangeText(min: number, max: number): string {
  return ` (${min}–${max})`;
}

// ------------------------------------------------------------------------------ addresses

/** Dotted-quad IPv4 as BIND's inet_pton reads it: four decimal parts 0–255, no leading zeros. */
export function parseIPv4(s: string): string | undefined {
  return isIPv4(s, 0, s.length) ? s : undefined;
}

/** True when s[from, to) is a dotted quad (hot path: no allocation). */
export function isIPv4(s: string, from: number, to: number): boolean {
  let parts = 0, digits = 0, v = 0, first = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0) first = c;
      else if (first === 48) return false; // leading zero
      v = v * 10 + (c - 48);
      if (++digits > 3 || v > 255) return false;
    } else if (c === 46) {
      if (digits === 0 || ++parts > 3) return false;
      digits = 0; v = 0;
    } else return false;
  }
  return parts === 3 && digits > 0;
}
/** Why an IPv4 text is not an address (for the message). */
export function ipv4Problem(s: string): string {
  const parts = s.split('.');
  if (parts.length !== 4) return `an IPv4 address has 4 dot-separated parts, this has ${parts.length}`;
  for (const p of parts) {
    if (p === '') return 'empty part';
    if (!/^[0-9]+$/.test(p)) return `'${p}' is not a decimal number`;
    if (Number(p) > 255) return `${p} is above 255`;
    if (p.length > 1 && p[0] === '0') return `'${p}' has a leading zero (BIND rejects it as ambiguous octal)`;
  }
  return 'not an IPv4 address';
}

const V6 = new Array<number>(8);

/** Parse IPv6 text (RFC 4291 §2.2, embedded IPv4 allowed); returns the 8 groups, or undefined. */
export function parseIPv6Groups(s: string): number[] | undefined {
  return parseIPv6Into(s, 0, s.length, V6) ? V6.slice() : undefined;
}

/** True when s is an IPv6 address (hot path: no allocation). */
export function isIPv6(s: string, from = 0, to = s.length): boolean {
  return parseIPv6Into(s, from, to, V6);
}

/** Read the IPv6 address `s[from, n)` into 8 groups; false when it is not one. */
function parseIPv6Into(s: string, from: number, n: number, out: number[]): boolean {
  if (n - from < 2 || n - from > 45) return false;
  let g = 0;          // groups written
  let gap = -1;       // index in out where '::' was
  let i = from;
  if (s.charCodeAt(from) === 58) {
    if (s.charCodeAt(from + 1) !== 58) return false;
    gap = 0; i = from + 2;
    if (i === n) { out.fill(0); return true; }
  }
  while (i < n) {
    // One group: up to 4 hex digits, or a dotted quad at the end.
    const start = i;
    let v = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      let d: number;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 102) d = c - 87;
      else if (c >= 65 && c <= 70) d = c - 55;
      else break;
      v = v * 16 + d;
      i++;
    }
    if (i < n && s.charCodeAt(i) === 46) {
      // Embedded IPv4: must be the last part and leave room for two groups.
      if (g > 6 || !isIPv4(s, start, n)) return false;
      let a = 0, part = 0;
      const b = [0, 0, 0, 0];
      for (let k = start; k <= n; k++) {
        const c = k < n ? s.charCodeAt(k) : 46;
        if (c === 46) { b[part++] = a; a = 0; } else a = a * 10 + (c - 48);
      }
      out[g++] = (b[0] << 8) | b[1];
      out[g++] = (b[2] << 8) | b[3];
      i = n;
      break;
    }
    const len = i - start;
    if (len === 0 || len > 4 || g >= 8) return false;
    out[g++] = v;
    if (i === n) break;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    if (i < n && s.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = g; i++;
    } else if (i === n) return false; // trailing single ':'
  }
  if (gap < 0) return g === 8;
  if (g > 7) return false;
  const move = g - gap;
  for (let k = 0; k < move; k++) out[7 - k] = out[g - 1 - k];
  for (let k = gap; k < 8 - move; k++) out[k] = 0;
  return true;
}

/** RFC 5952 text of an IPv6 address, or undefined if it is not one. */
export function canonicalIPv6(s: string): string | undefined {
  return parseIPv6Into(s, 0, s.length, V6) ? formatIPv6(V6) : undefined;
}

/** RFC 5952 canonical text of 8 groups. */
export function formatIPv6(g: number[]): string {
  // Longest run of ≥ 2 zero groups, first one on ties.
  let bestStart = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hex = (a: number[]) => a.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(g);
  return `${hex(g.slice(0, bestStart))}::${hex(g.slice(bestStart + bestLen))}`;
}

// ------------------------------------------------------------------------------ encodings

/** The value of each base64 character (RFC 4648 §4) by character code; -1 for the others. */
export const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Decode standard base64 (with or without padding); undefined when it is not base64. */
export function base64Decode(s: string): Uint8Array | undefined {
  const length = base64Length(s);
  if (length < 0) return undefined;
  const out = new Uint8Array(length);
  decodeHead(s, out, length);
  return out;
}

/**
 * The octet length of standard base64 text (padding optional), validating every character; -1 when
 * it is not base64.
 */
export function base64Length(s: string): number {
  const n = s.length;
  let padAt = n;
  while (padAt > 0 && s.charCodeAt(padAt - 1) === 61) padAt--;
  const pad = n - padAt;
  if (pad > 2 || (pad > 0 && n % 4 !== 0) || padAt % 4 === 1) return -1;
  for (let i = 0; i < padAt; i++) { const c = s.charCodeAt(i); if (c >= 128 || BASE64_VALUE[c] < 0) return -1; }
  return Math.floor((padAt * 3) / 4);
}

/** Decode the first `count` octets of valid base64 text `s` (see base64Length) into `out`; returns `count`. */
export function decodeHead(s: string, out: Uint8Array, count: number): number {
  let bits = 0, acc = 0, o = 0;
  for (let i = 0; o < count; i++) {
    acc = ((acc << 6) | BASE64_VALUE[s.charCodeAt(i)]) & 0xffffff;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 0xff; }
  }
  return o;
}

/** True when `s` is base64 characters followed by at most two '=' (a loop: keys are long). */
function isB64Text(s: string): boolean {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) { const c = s.charCodeAt(i); if (c >= 128 || BASE64_VALUE[c] < 0) break; }
  if (i === n) return true;
  if (s.charCodeAt(i) !== 61 || n - i > 2) return false;
  return i + 1 === n || s.charCodeAt(i + 1) === 61;
}

/**
 * Validate base64 written across one or more tokens (BIND joins them). Reports at the bad token.
 * Returns the decoded length in octets, or undefined after reporting.
 */
export function base64Tokens(toks: RdToken[], what: string, ctx: RdataContext): number | undefined {
  if (toks.length === 0) return undefined;
  let total = 0;
  let padded = false;
  for (const t of toks) {
    const s = t.text;
    if (t.quoted || !isB64Text(s)) {
      const bad = [...s].find((ch) => !/[A-Za-z0-9+/=]/.test(ch));
      ctx.error('invalid-base64', `${what} is not valid base64${bad ? `: '${bad}' is not a base64 character` : ''}`, t.start, t.end);
      return undefined;
    }
    if (padded && s.length > 0) {
      ctx.error('invalid-base64', `${what} is not valid base64: text after the '=' padding`, t.start, t.end);
      return undefined;
    }
    if (s.endsWith('=')) padded = true;
    total += s.length;
  }
  if (total % 4 !== 0) {
    const last = toks[toks.length - 1];
    ctx.error('invalid-base64', `${what} is not valid base64: its length (${total} characters) is not a multiple of 4 — truncated or missing '=' padding?`, toks[0].start, last.end);
    return undefined;
  }
  let pad = 0;
  const lastText = toks[toks.length - 1].text;
  if (lastText.endsWith('==')) pad = 2; else if (lastText.endsWith('=')) pad = 1;
  return (total / 4) * 3 - pad;
}

/** Validate hex written across one or more tokens. Returns the octet count. */
export function hexTokens(toks: RdToken[], what: string, ctx: RdataContext): number | undefined {
  if (toks.length === 0) return undefined;
  let total = 0;
  for (const t of toks) {
    if (t.quoted || !/^[0-9a-fA-F]*$/.test(t.text)) {
      const bad = [...t.text].find((ch) => !/[0-9a-fA-F]/.test(ch));
      ctx.error('invalid-hex', `${what} is not valid hexadecimal${bad ? `: '${bad}' is not a hex digit` : ''}`, t.start, t.end);
      return undefined;
    }
    total += t.text.length;
  }
  if (total % 2 !== 0) {
    ctx.error('invalid-hex', `${what} has an odd number of hex digits (${total})`, toks[0].start, toks[toks.length - 1].end);
    return undefined;
  }
  return total / 2;
}

/** Validate a base32hex (RFC 4648 §7, no padding) token, as in NSEC3. Returns the octet count. */
export function base32hexToken(t: RdToken, what: string, ctx: RdataContext): number | undefined {
  const s = t.text;
  if (t.quoted || !/^[0-9A-Va-v]*$/.test(s)) {
    const bad = [...s].find((ch) => !/[0-9A-Va-v]/.test(ch));
    ctx.error('invalid-base32hex', `${what} is not valid base32hex${bad ? `: '${bad}' is not one of 0-9 A-V` : ''}`, t.start, t.end);
    return undefined;
  }
  const bits = s.length * 5;
  // Valid unpadded lengths leave fewer than 5 spare bits, and those must not form a whole octet.
  if ([1, 3, 6].includes(s.length % 8)) {
    ctx.error('invalid-base32hex', `${what} has a length (${s.length}) that no whole number of octets encodes to`, t.start, t.end);
    return undefined;
  }
  return Math.floor(bits / 8);
}

/**
 * Decode a character-string token (quoted or not): `\DDD` and `\X` escapes.
 * Returns the decoded text and its octet length (UTF-8 for non-ASCII characters), or undefined
 * after reporting a bad escape.
 */
export function charString(t: RdToken, ctx: RdataContext): { text: string; octets: number } | undefined {
  const s = t.text;
  if (s.indexOf('\\') < 0) {
    return { text: s, octets: utf8Length(s) };
  }
  // Escapes: copy the plain runs between them whole (a TXT string has a few escapes at most).
  const n = s.length;
  let out = '';
  let octets = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) !== 92) continue;
    if (i > run) { const part = s.slice(run, i); out += part; octets += utf8Length(part); }
    const d1 = s.charCodeAt(i + 1);
    if (d1 >= 48 && d1 <= 57) {
      const d2 = s.charCodeAt(i + 2), d3 = s.charCodeAt(i + 3);
      const v = (d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48);
      if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57) || v > 255) {
        ctx.error('invalid-rdata', `bad escape '\\${s.slice(i + 1, i + 4)}': \\DDD needs three digits with a value up to 255`, t.start, t.end);
        return undefined;
      }
      out += String.fromCharCode(v);
      octets++;
      i += 3;
    } else if (i + 1 < n) {
      // An escaped character; a surrogate pair is one character (4 octets).
      const c = s.charCodeAt(i + 1);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 2 < n;
      const ch = pair ? s.slice(i + 1, i + 3) : s[i + 1];
      out += ch;
      octets += utf8Length(ch);
      i += ch.length;
    } else {
      ctx.error('invalid-rdata', 'the string ends with a lone backslash', t.start, t.end);
      return undefined;
    }
    run = i + 1;
  }
  if (run < n) { const part = s.slice(run); out += part; octets += utf8Length(part); }
  return { text: out, octets };
}

/** A character-string field with the 255-octet limit. */
export function charStringField(t: RdToken, what: string, ctx: RdataContext): string | undefined {
  const cs = charString(t, ctx);
  if (!cs) return undefined;
  if (cs.octets > 255) {
    ctx.error('invalid-rdata', `${what} is ${cs.octets} octets long; a character-string holds at most 255 (split it into several quoted strings)`, t.start, t.end);
    return undefined;
  }
  return cs.text;
}

/** A mnemonic or number from a table (DNSSEC algorithms, digest types, CERT types). */
export function mnemonicOrInt(t: RdToken, what: string, ctx: RdataContext, table: Readonly<Record<string, number>>, max: number): number | undefined {
  const up = t.text.toUpperCase();
  if (!t.quoted && Object.prototype.hasOwnProperty.call(table, up)) return table[up];
  if (!t.quoted && /^[0-9]+$/.test(t.text)) return intToken(t, what, ctx, max);
  const names = Object.keys(table);
  ctx.error('invalid-number', `${what} must be a number (0–${max})${names.length ? ` or one of ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}` : ''}, not '${t.text}'`, t.start, t.end);
  return undefined;
}

/** DNSSEC algorithm mnemonics (RFC 4034 App. A.1, IANA). */
export const DNSSEC_ALGORITHMS: Readonly<Record<string, number>> = {
  RSAMD5: 1, DH: 2, DSA: 3, RSASHA1: 5, 'DSA-NSEC3-SHA1': 6, 'RSASHA1-NSEC3-SHA1': 7, RSASHA256: 8,
  RSASHA512: 10, 'ECC-GOST': 12, ECDSAP256SHA256: 13, ECDSAP384SHA384: 14, ED25519: 15, ED448: 16,
  INDIRECT: 252, PRIVATEDNS: 253, PRIVATEOID: 254,
};
