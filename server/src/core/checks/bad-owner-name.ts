/**
 * `bad-owner-name`: BIND's check-names (RFC 952 / RFC 1123 §2.1 host names). The owner of an A,
 * AAAA, MX or WKS record, and the names in rdata BIND checks (targets of NS, MX, SRV, RT, AFSDB,
 * SVCB, HTTPS, DSYNC; the SOA MNAME) are hosts: letters, digits and hyphens,
 * no label starting or ending with a hyphen (a leading `*` label is fine for owners). named-checkzone
 * warns by default ("bad owner name (check-names)"; `-k fail` and named's default for primary zones
 * reject). BIND's exceptions are kept: A records at `gc._msdcs.<forest>` (Active Directory) and at
 * SPF macro names (`…._spf.`, `_spf_rate`, `_spf_verify`). Underscore labels are fine elsewhere
 * (SRV, TXT, DKIM/DMARC owners). Mailboxes (SOA RNAME, RP mbox, MINFO rmailbx) may have anything
 * printable in their first label. NSEC3 owners must start with a base32hex hash label; BIND rejects
 * other owners, so that case is an error.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { addressWritten, TARGET_TYPES, targetRange, targetRefs } from './targets';
import type { MxRdata, NameRdata, NameRef, Rdata, SoaRdata } from '../rdata/api';
import type { ZoneRecord } from '../parser';
import { NOT_HOST_NAME_BIT, typeBit } from '../model';
import { isHostName } from '../names';

const HOST_OWNER = new Set([1, 28, 15, 11]); // A, AAAA, MX, WKS
const HOST_OWNER_BITS = typeBit(1) | typeBit(28) | typeBit(15) | typeBit(11);

/** BIND's check-names exceptions for A owners (lib/dns/rdata/in_1/a_1.c). */
function aException(key: string): boolean {
  const labels = key.split('.');
  if (labels[0] === 'gc' && labels[1] === '_msdcs') return true;
  return labels.length > 2 && (labels[1] === '_spf' || labels[1] === '_spf_rate' || labels[1] === '_spf_verify');
}
/**
 * Names in rdata that BIND's check-names wants to be host names (lib/dns/rdata/…/checknames):
 * type code → the rdata field. Verified with named-checkzone 9.18 (KX, LP, PTR outside reverse
 * zones, NAPTR replacements are not checked).
 */
type Field = (rd: Rdata) => NameRef | undefined;
/* One reader per type (not `rd[field]`): each reads one rdata shape, so its property access stays fast. */
/* NS, MX and SRV (TARGET_TYPES) are read from the target list the target checks share (targetRefs). */
const HOST_FIELDS: readonly [number, Field][] = [
  [21, (rd) => (rd as MxRdata).exchange], [18, (rd) => (rd as MxRdata).exchange], [64, (rd) => (rd as NameRdata).target],
  [65, (rd) => (rd as NameRdata).target], [6, (rd) => (rd as SoaRdata).mname], [66, (rd) => (rd as NameRdata).target],
];
/** Mailbox names (first label anything printable, the rest host labels): SOA rname, RP mbox, MINFO rmailbx. */
const MAILBOX_FIELDS: readonly [number, Field][] = [
  [6, (rd) => (rd as SoaRdata).rname], [17, (rd) => (rd as { mbox?: NameRef }).mbox], [14, (rd) => (rd as { rmailbx?: NameRef }).rmailbx],
];

/** A mailbox name: any printable ASCII in the first label (no space), host labels after it. */
export function isMailboxName(key: string): boolean {
  let i = 0;
  for (; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 92) { i++; const d = key.charCodeAt(i); if (d >= 48 && d <= 57) return false; continue; } // \DDD: not printable
    if (c === 46) break;
    if (c <= 32 || c >= 127) return false;
  }
  return i >= key.length - 1 || isHostName(key.slice(i + 1), false);
}

/**
 * BIND's owner check of NSEC3 records: the first label is base32hex without padding, whole octets
 * (0–9, A–V; 2, 4, 5, 7 or 8 characters per 8, the unused bits zero). Other names are not hashes.
 */
export function isNsec3Owner(key: string): boolean {
  if (key === '.') return true; // the root's empty label decodes to nothing
  const dot = key.indexOf('.');
  const label = dot < 0 ? key : key.slice(0, dot);
  const rest = label.length % 8;
  if (label.length === 0 || rest === 1 || rest === 3 || rest === 6) return false;
  let last = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 118 ? c - 87 : -1;
    if (v < 0) return false;
    last = v;
  }
  const unused = (label.length * 5) % 8; // bits of the last character that hold no octet
  return (last & ((1 << unused) - 1)) === 0;
}

export const badOwnerName: Check = {
  code: 'bad-owner-name',
  doc: 'A host name (A/AAAA/MX owner, MX/NS target) that is not letters, digits and hyphens.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    // Once per name (not per record): names with an A, AAAA or MX record whose key is no host name.
    for (let n = 0; n < model.nameCount; n++) {
      // The parser found whether each owner is a host name (the mask's NOT_HOST_NAME_BIT).
      const mask = model.nameTypes(n);
      if ((mask & HOST_OWNER_BITS) === 0 || (mask & NOT_HOST_NAME_BIT) === 0) continue;
      const key = model.nameKey(n);
      const aOk = aException(key);
      for (let i = model.nameFirstRecord(n); i >= 0; i = model.nextRecord(i)) {
        const code = model.typeAt(i);
        if (!HOST_OWNER.has(code) || (code === 1 && aOk)) continue;
        const r = model.records[i];
        ctx.report({
          code: 'bad-owner-name',
          message: `${r.owner} is not a valid host name for a${r.type === 'A' ? 'n' : ''} ${r.type} record: letters, digits and hyphens only, no hyphen at a label's start or end (RFC 1123; BIND check-names warns, or rejects with check-names fail)`,
          ...ownerRange(r),
        });
      }
    }
    const checkHostField = (r: ZoneRecord, t: NameRef | undefined, code: number): void => {
      if (!t || t.key === '.' || (t.host ?? isHostName(t.key, false)) || addressWritten(t)) return; // an address: *-target-is-address says it
      if ((code === 64 || code === 65) && (r.rdata as { priority?: number }).priority === 0) return; // AliasMode: BIND does not check
      ctx.report({
        code: 'bad-owner-name',
        message: `${r.type} ${code === 6 ? 'primary server (MNAME)' : 'target'} ${t.name} is not a valid host name: letters, digits and hyphens only (RFC 1123; BIND check-names warns)`,
        ...targetRange(r, t),
      });
    };
    for (const code of TARGET_TYPES) {
      const records = model.ofType(code);
      const refs = targetRefs(model, code);
      for (let i = 0; i < records.length; i++) checkHostField(records[i], refs[i], code);
    }
    for (const [code, field] of HOST_FIELDS) {
      for (const r of model.ofType(code)) {
        const rd = r.rdata;
        checkHostField(r, rd === undefined ? undefined : field(rd), code);
      }
    }
    for (const [code, field] of MAILBOX_FIELDS) {
      for (const r of model.ofType(code)) {
        const rd = r.rdata;
        const t = rd === undefined ? undefined : field(rd);
        if (!t || t.key === '.' || isMailboxName(t.key)) continue;
        ctx.report({
          code: 'bad-owner-name',
          message: `${r.type} mailbox ${t.name} is not a valid mailbox name: after the first label (the user), letters, digits and hyphens only (RFC 1123; BIND check-names warns)`,
          ...targetRange(r, t),
        });
      }
    }
    for (const r of model.ofType(50)) {
      if (isNsec3Owner(r.key)) continue;
      ctx.report({
        code: 'bad-owner-name',
        severity: 'error',
        message: `${r.owner} cannot own an NSEC3 record: its first label must be a base32hex hash without padding (RFC 5155 §3; BIND rejects the zone: "bad owner name")`,
        ...ownerRange(r),
      });
    }
  },
};
