/**
 * The serial bump as an edit: which characters to replace with what. Only the serial's digits
 * change; comments and layout stay. Used by the quick fix, the code lens, the command, bump on
 * save and `zonemail bump-serial`.
 */
import type { ZoneAnalysis } from './analyze';
import type { SoaRdata } from './rdata/api';
import { bumpSerial, type BumpOptions, type SerialFormat } from './serial';

export interface SerialEdit {
  /** The file holding the SOA (the zone file, or an $INCLUDEd file). */
  file: string;
  start: number;
  end: number;
  old: number;
  serial: number;
  format: SerialFormat;
  wrapped: boolean;
  note?: string;
}

/**
 * The edit that bumps the zone's SOA serial past both its current value and the baseline's, or
 * undefined when the zone has no readable SOA at its apex.
 */
export function planSerialBump(analysis: ZoneAnalysis, options: Omit<BumpOptions, 'baseline'>): SerialEdit | undefined {
  const soa = analysis.model.get(analysis.model.apex, 'SOA')[0];
  const rd = soa?.rdata as SoaRdata | undefined;
  if (!soa || !rd) return undefined;
  const r = bumpSerial(rd.serial, { ...options, baseline: analysis.baseline?.serial });
  return { file: soa.file, start: rd.serialStart, end: rd.serialEnd, old: rd.serial, serial: r.serial, format: r.format, wrapped: r.wrapped, note: r.note };
}

/** True when records changed since the baseline and the serial did not move past it. */
export function needsBump(analysis: ZoneAnalysis): boolean {
  return analysis.diagnostics.some((d) => d.code === 'stale-serial' || d.code === 'serial-decreased');
}
