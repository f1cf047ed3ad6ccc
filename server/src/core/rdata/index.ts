/**
 * The rdata parsers by type mnemonic, the RFC 3597 generic form, and the fallback for types
 * without a parser of their own.
 */
import type { Rdata, RdataContext, RdataParser, RdToken } from './api';
import { BASIC_PARSERS } from './basic';
import { DNSSEC_PARSERS } from './dnssec';
import { hexTokens, intToken } from './util';
import { genericWireProblem, hexBytes } from './wire';

export const RDATA_PARSERS: Readonly<Record<string, RdataParser>> = { ...BASIC_PARSERS, ...DNSSEC_PARSERS };

/** Wire lengths of the fixed-size types: their generic form must have exactly this length. */
const FIXED_LENGTH: Readonly<Record<string, number>> = { A: 4, AAAA: 16, EUI48: 6, EUI64: 8, L32: 6, L64: 10, NID: 10 };

/**
 * RFC 3597 §5: `\# length hex…` — the hex must hold exactly `length` octets, and for a type with a
 * fixed wire size, `length` must be that size; for other known types the octets must make the type's
 * wire fields (`genericWireProblem`; BIND converts the data and rejects the rest).
 */
export function parseGenericRdata(tokens: RdToken[], ctx: RdataContext, type?: string): Rdata | undefined {
  const lenTok = tokens[1];
  if (!lenTok) {
    ctx.error('missing-field', "missing the length after '\\#': the generic form is '\\# length hex…'", ctx.rdataStart, ctx.rdataEnd);
    return undefined;
  }
  const length = intToken(lenTok, 'the rdata length', ctx, 0xffff);
  if (length === undefined) return undefined;
  const hex = tokens.slice(2);
  if (length === 0) {
    if (hex.length > 0) {
      ctx.error('extra-field', "a '\\# 0' rdata has no hex data after the length", hex[0].start, hex[hex.length - 1].end);
      return undefined;
    }
    const fixed0 = type !== undefined ? FIXED_LENGTH[type] : undefined;
    if (fixed0 !== undefined) {
      ctx.error('invalid-rdata', `${type} rdata is ${fixed0} octets on the wire, not 0`, lenTok.start, lenTok.end);
      return undefined;
    }
    const p = type !== undefined ? genericWireProblem(type, new Uint8Array(0)) : undefined;
    if (p !== undefined) {
      ctx.error('invalid-rdata', p, lenTok.start, lenTok.end);
      return undefined;
    }
    return { generic: true, length };
  }
  if (hex.length === 0) {
    ctx.error('missing-field', `missing the ${length} octets of hex data after '\\# ${length}'`, ctx.rdataStart, ctx.rdataEnd);
    return undefined;
  }
  const n = hexTokens(hex, 'the generic rdata', ctx);
  if (n === undefined) return undefined;
  if (n !== length) {
    ctx.error('invalid-rdata', `'\\# ${length}' announces ${length} octets but the hex data holds ${n}`, hex[0].start, hex[hex.length - 1].end);
    return undefined;
  }
  const fixed = type !== undefined ? FIXED_LENGTH[type] : undefined;
  if (fixed !== undefined && length !== fixed) {
    ctx.error('invalid-rdata', `${type} rdata is ${fixed} octets on the wire, not ${length}`, lenTok.start, lenTok.end);
    return undefined;
  }
  const p = type !== undefined ? genericWireProblem(type, hexBytes(hex.map((t) => t.text))) : undefined;
  if (p !== undefined) {
    ctx.error('invalid-rdata', p, hex[0].start, hex[hex.length - 1].end);
    return undefined;
  }
  return { generic: true, length };
}

/**
 * A type with no parser of its own. A registered type written by name is taken as it stands (its
 * fields are not checked); a type known only by number (`TYPE65400`) must use the `\#` form, as in BIND.
 */
export function parseUnknownTypeRdata(type: string, tokens: RdToken[], ctx: RdataContext): Rdata | undefined {
  if (/^TYPE[0-9]+$/.test(type)) {
    ctx.error('invalid-rdata', `${type} has no known text format: write its rdata in the generic form '\\# length hex…' (RFC 3597)`, ctx.rdataStart, ctx.rdataEnd);
    return undefined;
  }
  if (tokens.length === 0) {
    ctx.error('missing-field', `${type} needs rdata`, ctx.rdataStart, ctx.rdataEnd);
    return undefined;
  }
  return { unchecked: true, fields: tokens.length };
}
