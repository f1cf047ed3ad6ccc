/**
 * `bad-owner-name`: BIND's check-names (RFC 952 / RFC 1123 §2.1 host names). The owner of an A,
 * AAAA or MX record, and the target of an MX or NS record, is a host: letters, digits and hyphens,
 * no label starting or ending with a hyphen (a leading `*` label is fine for owners). named-checkzone
 * warns by default ("bad owner name (check-names)"; `-k fail` and named's default for primary zones
 * reject). BIND's exceptions are kept: A records at `gc._msdcs.<forest>` (Active Directory) and at
 * SPF macro names (`…._spf.`, `_spf_rate`, `_spf_verify`). Underscore labels are fine elsewhere
 * (SRV, TXT, DKIM/DMARC owners).
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { addressWritten, targetOf, targetRange } from './targets';
import { typeBit } from '../model';

/** True when every label of the (absolute, canonical) key is a host-name label. */
export function isHostName(key: string, wildcardOwner: boolean): boolean {
  // One pass, no allocation (it runs for every A/AAAA/MX owner of million-record zones).
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

const HOST_OWNER = new Set([1, 28, 15]); // A, AAAA, MX
const HOST_OWNER_BITS = typeBit(1) | typeBit(28) | typeBit(15);

/** BIND's check-names exceptions for A owners (lib/dns/rdata/in_1/a_1.c). */
function aException(key: string): boolean {
  const labels = key.split('.');
  if (labels[0] === 'gc' && labels[1] === '_msdcs') return true;
  return labels.length > 2 && (labels[1] === '_spf' || labels[1] === '_spf_rate' || labels[1] === '_spf_verify');
}
const HOST_TARGET = new Set([15, 2]); // MX, NS

export const badOwnerName: Check = {
  code: 'bad-owner-name',
  doc: 'A host name (A/AAAA/MX owner, MX/NS target) that is not letters, digits and hyphens.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    // Once per name (not per record): names with an A, AAAA or MX record whose key is no host name.
    for (let n = 0; n < model.nameCount; n++) {
      if ((model.nameTypes(n) & HOST_OWNER_BITS) === 0) continue;
      const key = model.nameKey(n);
      if (isHostName(key, true)) continue;
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
    for (const code of HOST_TARGET) {
      for (const r of model.ofType(code)) {
        const t = targetOf(r);
        if (!t || isHostName(t.key, false) || addressWritten(t)) continue; // an address: *-target-is-address says it
        ctx.report({
          code: 'bad-owner-name',
          message: `${r.type} target ${t.name} is not a valid host name: letters, digits and hyphens only (RFC 1123; BIND check-names warns)`,
          ...targetRange(r, t),
        });
      }
    }
  },
};
