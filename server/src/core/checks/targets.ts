/**
 * Shared by the target checks (not a check itself): the name a record points at (NS, MX, SRV),
 * and what the zone holds there.
 */
import type { ZoneModel } from '../model';
import type { ZoneRecord } from '../parser';
import type { MxRdata, NameRdata, NameRef, SrvRdata } from '../rdata/api';

/** Type numbers: NS 2, MX 15, SRV 33. */
export const TARGET_TYPES = [2, 15, 33] as const;

/** The target name of an NS, MX or SRV record, or undefined (unreadable rdata, null MX `.`). */
export function targetOf(r: ZoneRecord): NameRef | undefined {
  const rd = r.rdata;
  if (!rd) return undefined;
  const t = r.typeCode === 2 ? (rd as NameRdata).target : r.typeCode === 15 ? (rd as MxRdata).exchange : (rd as SrvRdata).target;
  return t === undefined || t.key === '.' ? undefined : t;
}

/** The first CNAME at a name, or undefined. */
export function cnameAt(model: ZoneModel, t: NameRef): ZoneRecord | undefined {
  return model.first(t.key, 'CNAME', t.hash);
}

/** The range of a record's target field. */
export function targetRange(r: ZoneRecord, t: NameRef): { file: string; start: number; end: number } {
  return { file: r.file, start: t.start, end: t.end };
}
