/**
 * Rdata parsers for the DNSSEC, key, certificate and service-binding types.
 * (Being written: until a type is listed here it goes through the generic fallback in index.ts.)
 */
import type { RdataParser } from './api';

export const DNSSEC_PARSERS: Record<string, RdataParser> = {};
