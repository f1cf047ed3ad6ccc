/**
 * The contract between the zone parser and the per-type rdata parsers.
 *
 * The parser splits a record's rdata into tokens (whitespace separated, quoted strings kept as one
 * token, parentheses and comments removed) and hands them to the type's `RdataParser`. The rdata
 * parser validates them and returns a typed value, reporting problems through `ctx.error` with the
 * exact range of the bad token. It never throws.
 */

export interface RdToken {
  /**
   * The token's text as written. For a quoted string: the content between the quotes, with
   * escapes still in their written form (`\"`, `\\`, `\DDD`).
   */
  text: string;
  /** Offset of the first character (for a quoted string: of the opening quote). */
  start: number;
  /** Offset just past the last character (for a quoted string: past the closing quote). */
  end: number;
  quoted: boolean;
}

/** A domain name found in rdata, resolved against the current origin. */
export interface NameRef {
  /** Absolute name in presentation form with trailing dot, e.g. `mail.example.com.` ("." for the root). */
  name: string;
  /** Lower-cased canonical form for comparisons. */
  key: string;
  /** `hashKey(key)` (names.ts), for the model's name index. */
  hash: number;
  /** True when the name was written without a trailing dot (origin appended). */
  relative: boolean;
  start: number;
  end: number;
  /**
   * `isHostName(key, false)` (names.ts: letters, digits and hyphens, no `*` label), when the parser
   * found it while reading the name; absent on names made elsewhere.
   */
  host?: boolean;
}

/** Codes of rdata diagnostics; each has its own section in docs/diagnostics.md. */
export type RdataErrorCode =
  | 'missing-field'     // fewer fields than the type needs
  | 'extra-field'       // more fields than the type takes
  | 'invalid-ipv4'
  | 'invalid-ipv6'
  | 'invalid-base64'
  | 'invalid-base32hex'
  | 'invalid-hex'
  | 'out-of-range'      // a number outside its field's range
  | 'invalid-number'    // not a number where one is needed
  | 'invalid-name'      // a domain name that cannot be a name (empty label, bad escape, no origin)
  | 'label-too-long'    // a label over 63 octets
  | 'name-too-long'     // a name over 255 octets
  | 'txt-string-too-long' // a TXT (SPF, AVC, RESINFO) character-string over 255 octets
  | 'invalid-rdata'
  | 'serial-out-of-range'; // an SOA serial above 2^32-1    // anything else about the rdata (bad LOC, bad SVCB param, bad CAA tag, …)

export interface RdataContext {
  /** Report a problem with the range of the offending token (or part of it). */
  error(code: RdataErrorCode, message: string, start: number, end: number): void;
  /**
   * Parse a domain-name token: applies `@`, appends the origin to relative names, checks
   * label/name lengths, reports `invalid-name` itself. Returns undefined if the token is not a name.
   */
  name(tok: RdToken): NameRef | undefined;
  /** Start/end of the whole rdata (for `missing-field`: report at the end of the record, `end`..`end`). */
  readonly rdataStart: number;
  readonly rdataEnd: number;
}

/** A typed rdata value. `type` is the mnemonic (`MX`), fields are per type. */
export interface Rdata {
  [field: string]: unknown;
}

/**
 * Parse and validate the rdata tokens of one type. Return a value even when some fields were bad
 * if the checks can still use it; return undefined when nothing useful could be read.
 * The generic RFC 3597 form (`\# len hex`) is handled by the caller before the type's parser runs.
 */
export type RdataParser = (tokens: RdToken[], ctx: RdataContext) => Rdata | undefined;

/** Typed shapes of the rdata the core checks use. Other types return their own documented shapes. */
/** The address as written; compare IPv6 addresses through `canonicalIPv6` (util.ts). */
export interface AddressRdata extends Rdata { address: string }
export interface NameRdata extends Rdata { target: NameRef }            // NS, CNAME, DNAME, PTR
export interface MxRdata extends Rdata { preference: number; exchange: NameRef }
export interface SrvRdata extends Rdata { priority: number; weight: number; port: number; target: NameRef }
export interface SoaRdata extends Rdata {
  mname: NameRef; rname: NameRef;
  serial: number; refresh: number; retry: number; expire: number; minimum: number;
  /** Offsets of the serial token, for the serial features. */
  serialStart: number; serialEnd: number;
}
export interface TxtRdata extends Rdata {
  /** The character-strings, escapes decoded. */
  strings: string[];
  /** Total octets of the strings on the wire (without their length octets). */
  octets: number;
}
// Rdata values are kept for every record of zones with millions of records: keep them small, and
// never keep the token array (a check that needs token ranges re-lexes the record's text).
