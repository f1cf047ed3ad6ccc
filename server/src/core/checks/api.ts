/**
 * The contract of a check: one file per check under checks/, each exporting a `Check` with a
 * stable kebab-case code, a one-line doc, its default severity and a `run` that reports findings.
 */
import type { ZoneModel } from '../model';
import type { ParseResult, ZoneRecord } from '../parser';
import type { Diagnostic, Severity } from '../types';
import type { ForwardZones } from '../reverse';

export interface CheckContext {
  model: ZoneModel;
  parse: ParseResult;
  /** The zone file (first of parse.files). */
  file: string;
  /** How the apex was chosen. */
  originSource: OriginSource;
  /** The written rdata of a record (from its file's text), for comparing rdata Zonemail keeps no full value of. */
  rdataText(r: ZoneRecord): string;
  /**
   * Names known to receive mail from outside the zone file (canonical keys, e.g. the workspace's
   * sendmail domains): mail-domain-without-mx warns for them. Undefined: nothing known.
   */
  mailDomains?: ReadonlySet<string>;
  /** The other zone files of the workspace or CLI run, for cross-file checks (ptr-mismatch). Undefined: none known. */
  forwardZones?: ForwardZones;
  /** The current time (ms since 1970) for time-based checks; undefined: those checks do not run. */
  now?: number;
  /** Report a finding; severity defaults to the check's. */
  report(d: Omit<Diagnostic, 'severity'> & { severity?: Severity }): void;
}

export type OriginSource = 'soa' | '$ORIGIN' | 'override' | 'filename' | 'none';

export interface Check {
  code: string;
  /** One line: what the check finds. */
  doc: string;
  severity: Severity;
  run(ctx: CheckContext): void;
}

/** Range of a record's owner for a diagnostic: the owner token, or the type when the owner is inherited. */
export function ownerRange(r: ZoneRecord): { file: string; start: number; end: number } {
  return r.ownerEnd > r.ownerStart
    ? { file: r.file, start: r.ownerStart, end: r.ownerEnd }
    : { file: r.file, start: r.typeStart, end: r.typeEnd };
}

/**
 * Quick-fix data for deleting a record's lines (fixes.ts, deleteRecordLines): where it starts (the
 * owner, or the type when the owner is inherited), where its rdata ends, and whether it wrote its owner.
 */
export function recordLines(r: ZoneRecord): { recordStart: number; recordEnd: number; ownerWritten: boolean } {
  const ownerWritten = r.ownerEnd > r.ownerStart;
  return { recordStart: ownerWritten ? r.ownerStart : r.typeStart, recordEnd: r.rdataEnd, ownerWritten };
}
