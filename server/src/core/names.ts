/**
 * Domain names in presentation format (RFC 1035 §5.1, RFC 4343).
 *
 * Names are kept as strings in presentation form, absolute with a trailing dot (`www.example.com.`,
 * the root is `.`). `nameKey` gives the canonical comparison key: ASCII lower-cased, escapes
 * normalised (`\065` and `A` compare equal), so two spellings of one name have one key.
 */

export interface ParsedName {
  /** Absolute name, as written (escapes kept), with the origin appended when relative. */
  name: string;
  key: string;
  /** `hashKey(key)`, computed while parsing (the model's name index uses it). */
  hash: number;
  relative: boolean;
  /** For a name completed with the origin: the origin's key (one string shared by all such names). */
  originKey?: string;
  /**
   * True when the key is a host name (RFC 952 / RFC 1123: letters, digits and hyphens, no label
   * starting or ending with a hyphen; a first `*` label allowed): `isHostName(key, true)`, computed
   * in the same pass.
   */
  host: boolean;
  /** Set when the name is not acceptable; the message says why. */
  error?: string;
  /** With `error`: the diagnostic code when it is a length error (else the caller's generic code). */
  errorCode?: 'label-too-long' | 'name-too-long';
}

const BACKSLASH = 92;
const DOT = 46;

/**
 * Hash of a name key: polynomial (×31, mod 2^32) over the key's UTF-16 code units. It is
 * composable — hash(a + b) = hash(a)·31^len(b) + hash(b) — so a relative name's hash is computed
 * from its written text and the origin's cached hash, without re-reading the joined string.
 */
export function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/** True when every label of the (absolute, canonical) key is a host-name label (`*.` first allowed when `wildcardOwner`). */
export function isHostName(key: string, wildcardOwner: boolean): boolean {
  // One pass, no allocation.
  const n = key.length - 1; // without the final dot
  if (n <= 0) return true;
  let i = 0;
  if (wildcardOwner && key.charCodeAt(0) === 42 && key.charCodeAt(1) === 46) i = 2; // '*.'
  let labelStart = i;
  for (; i <= n; i++) {
    const c = i === n ? 46 : key.charCodeAt(i);
    if (c === 46) {
      if (i === labelStart || key.charCodeAt(labelStart) === 45 || key.charCodeAt(i - 1) === 45) return false;
      labelStart = i + 1;
      continue;
    }
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

let cachedOrigin: string | undefined;
let cachedOriginKey = '';
let cachedOriginHash = 0;
let cachedOriginPow = 1;
let cachedOriginWire = 1;
let cachedOriginHost = true;
function originInfo(origin: string): void {
  if (origin === cachedOrigin) return;
  cachedOrigin = origin;
  cachedOriginWire = nameWireLength(origin);
  cachedOriginKey = nameKey(origin);
  cachedOriginHost = isHostName(cachedOriginKey, false);
  cachedOriginHash = hashKey(cachedOriginKey);
  let p = 1;
  for (let i = 0; i < cachedOriginKey.length; i++) p = Math.imul(p, 31);
  cachedOriginPow = p;
}

/**
 * Parse a written name. `origin` is absolute (trailing dot) or undefined when unknown.
 * `@` stands for the origin. Checks empty labels, label ≤ 63 and name ≤ 255 octets.
 * Hot path (every owner and rdata name of million-record zones): one pass over the text.
 */
export function parseName(text: string, origin: string | undefined): ParsedName {
  if (text === '@') {
    if (origin === undefined) return { name: '.', key: '.', hash: HASH_ROOT, relative: true, host: true, error: "'@' used but no origin is known" };
    originInfo(origin);
    return { name: origin, key: cachedOriginKey, hash: cachedOriginHash, relative: true, originKey: cachedOriginKey, host: isHostName(cachedOriginKey, true) };
  }
  if (text === '.') return { name: '.', key: '.', hash: HASH_ROOT, relative: false, host: true };
  const n = text.length;
  let absolute = false;
  // One scan: label lengths, trailing dot, escapes, upper case, and the hash of the lower-cased text.
  let labelLen = 0;
  let total = 1; // root label length octet
  let hasEscape = false;
  let hasUpper = false;
  let h = 0;
  let error: string | undefined;
  let errorCode: ParsedName['errorCode'];
  // Host-name test (isHostName(key, true)) in the same pass; a first `*` label is allowed.
  let host = true;
  const hostFrom = text.charCodeAt(0) === 42 && (n === 1 || text.charCodeAt(1) === DOT) ? 2 : 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      hasEscape = true;
      const d1 = text.charCodeAt(i + 1);
      if (i + 1 >= n) { error = 'name ends with a lone backslash'; break; }
      if (d1 >= 48 && d1 <= 57) {
        const d2 = text.charCodeAt(i + 2), d3 = text.charCodeAt(i + 3);
        if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57)) { error = `bad escape '\\${text.slice(i + 1, i + 4)}': \\DDD needs three digits`; break; }
        const v = (d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48);
        if (v > 255) { error = `bad escape '\\${text.slice(i + 1, i + 4)}': value above 255`; break; }
        i += 3;
      } else {
        i += 1;
      }
      labelLen++;
    } else if (c === DOT) {
      if (labelLen === 0) { error = i === 0 ? 'name starts with an empty label' : 'empty label (two dots in a row)'; break; }
      if (labelLen > 63) { error = `label of ${labelLen} octets (at most 63)`; errorCode = 'label-too-long'; break; }
      total += labelLen + 1;
      labelLen = 0;
      if (i === n - 1) absolute = true;
      h = (Math.imul(h, 31) + c) | 0;
    } else {
      if (c >= 65 && c <= 90) { hasUpper = true; c += 32; }
      h = (Math.imul(h, 31) + c) | 0;
      if (host && i >= hostFrom && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ||
          (c === 45 && labelLen !== 0 && i + 1 < n && text.charCodeAt(i + 1) !== DOT))) host = false;
      // Non-ASCII characters are written as UTF-8 by BIND: count their octets.
      labelLen += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xd800 && c <= 0xdbff) ? (i++, h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0, 4) : 3;
    }
  }
  if (errorCode === 'label-too-long' && text.charCodeAt(n - 1) === DOT) {
    // The scan stopped at the long label: still take a final (unescaped) dot as absolute, so the
    // name is not completed with the origin into a wrong, different name.
    let bs = 0;
    for (let j = n - 2; j >= 0 && text.charCodeAt(j) === BACKSLASH; j--) bs++;
    if (bs % 2 === 0) absolute = true;
  }
  if (!error && !absolute) {
    if (labelLen > 63) { error = `label of ${labelLen} octets (at most 63)`; errorCode = 'label-too-long'; }
    total += labelLen + 1;
  }
  let name: string;
  let key: string;
  let relative = false;
  if (absolute) {
    name = text;
    key = hasUpper ? foldAscii(text) : text;
  } else {
    relative = true;
    h = (Math.imul(h, 31) + DOT) | 0;
    if (origin === undefined) {
      name = text + '.';
      error = error ?? `relative name '${text}' but no origin is known`;
      key = hasUpper ? foldAscii(name) : name;
    } else if (origin === '.') {
      name = text + '.';
      key = hasUpper ? foldAscii(name) : name;
    } else {
      originInfo(origin);
      name = text + '.' + origin;
      total += cachedOriginWire - 1;
      key = hasUpper || cachedOriginKey !== origin ? (hasUpper ? foldAscii(text) : text) + '.' + cachedOriginKey : name;
      h = (Math.imul(h, cachedOriginPow) + cachedOriginHash) | 0;
      host = host && cachedOriginHost;
      // Flatten the joined strings now (V8 flattens a cons string on first character access): one
      // flat string per name instead of two cons cells and the written part, and the checks' later
      // character scans and comparisons do not each pay for flattening.
      name.charCodeAt(0);
      if (key !== name) key.charCodeAt(0);
    }
  }
  if (!error && total > 255) { error = `name of ${total} octets (at most 255)`; errorCode = 'name-too-long'; }
  if (hasEscape || error) {
    // Escapes: the key is the canonical re-escaped form; hash it as it is.
    if (hasEscape) key = canonicalKey(name);
    h = hashKey(key);
    host = isHostName(key, true);
  }
  // originKey: the (shared) key of the origin a relative name was completed with, so callers can
  // decide "below X?" once per origin instead of once per name.
  const originKey = relative && origin !== undefined && origin !== '.' && !hasEscape ? cachedOriginKey : undefined;
  return error ? { name, key, hash: h, relative, originKey, host, error, errorCode } : { name, key, hash: h, relative, originKey, host };
}

const HASH_ROOT = 46;

/** Octets of a name on the wire (absolute presentation form). */
export function nameWireLength(name: string): number {
  if (name === '.') return 1;
  let total = 1;
  for (const label of splitLabels(name)) total += labelOctets(label) + 1;
  return total;
}

/** Octets of one presentation-form label (escapes decoded). */
export function labelOctets(label: string): number {
  let len = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === BACKSLASH) {
      const d = label.charCodeAt(i + 1);
      i += d >= 48 && d <= 57 ? 3 : 1;
      len++;
    } else {
      len += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xd800 && c <= 0xdbff) ? (i++, 4) : 3;
    }
  }
  return len;
}

/** Labels of an absolute presentation-form name, escapes kept (`a\.b.c.` → [`a\.b`, `c`]). */
export function splitLabels(name: string): string[] {
  if (name === '.' || name === '') return [];
  const labels: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === BACKSLASH) { i += 1; continue; }
    if (c === DOT) { labels.push(name.slice(start, i)); start = i + 1; }
  }
  if (start < name.length) labels.push(name.slice(start));
  return labels;
}

function asciiLower(s: string): string {
  // toLowerCase would also fold non-ASCII letters; DNS folds ASCII only (RFC 4343).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0x80) return foldAscii(s);
  }
  return s;
}

function foldAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

const SPECIAL = new Set(['.', '\\', '"', '(', ')', ';', '@', '$', ' ']);

/** Canonical key of a name with escapes: decode each escape, lower-case ASCII, re-escape uniformly. */
function canonicalKey(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') {
      const d = name.charCodeAt(i + 1);
      let v: number;
      if (d >= 48 && d <= 57) { v = parseInt(name.slice(i + 1, i + 4), 10); i += 3; } else { v = d; i += 1; }
      if (v >= 65 && v <= 90) v += 32;
      const c = String.fromCharCode(v);
      if (SPECIAL.has(c)) out += '\\' + c;
      else if (v < 33 || v > 126) out += '\\' + String(v).padStart(3, '0');
      else out += c;
    } else {
      const c = name.charCodeAt(i);
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
    }
  }
  return out;
}

/** The comparison key of an absolute presentation-form name. */
export function nameKey(name: string): string {
  return name.indexOf('\\') >= 0 ? canonicalKey(name) : asciiLower(name);
}

/** True when `key` equals `ancestor` or lies below it (both canonical keys). */
export function isSubdomain(key: string, ancestor: string): boolean {
  if (ancestor === '.') return true;
  if (key.length < ancestor.length) return false;
  if (key.length === ancestor.length) return key === ancestor;
  if (!key.endsWith(ancestor)) return false;
  // The character before the suffix must be an unescaped dot.
  const i = key.length - ancestor.length - 1;
  if (key.charCodeAt(i) !== DOT) return false;
  let backslashes = 0;
  for (let j = i - 1; j >= 0 && key.charCodeAt(j) === BACKSLASH; j--) backslashes++;
  return backslashes % 2 === 0;
}

/** The parent of an absolute name (`a.b.c.` → `b.c.`), or undefined for the root. */
export function parentName(name: string): string | undefined {
  if (name === '.') return undefined;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === BACKSLASH) { i += 1; continue; }
    if (c === DOT) return i === name.length - 1 ? '.' : name.slice(i + 1);
  }
  return '.';
}

/** Write `name` relative to `origin` when it lies below it (for display and edits). */
export function relativize(name: string, origin: string): string {
  const k = nameKey(name), o = nameKey(origin);
  if (k === o) return '@';
  if (o !== '.' && isSubdomain(k, o)) return name.slice(0, name.length - origin.length - 1);
  return name;
}
