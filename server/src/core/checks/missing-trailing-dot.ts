/**
 * `missing-trailing-dot`: a name written without its final dot, so the origin was appended to a name
 * that was already complete: `mail.example.com` in zone `example.com.` becomes
 * `mail.example.com.example.com.`, and `host.example.net` as a PTR target in `2.0.192.in-addr.arpa.`
 * becomes `host.example.net.2.0.192.in-addr.arpa.`. Flagged when the written part repeats the zone's
 * apex (owners and targets), or — for targets that do not exist in the zone — ends in a generic
 * top-level domain. Tuned on the corpus: country codes and owners ending in a TLD-like label are
 * left alone (`de.example.com`, `dns.org` in zone `cz.` are meant). Data for the quick fix: the name.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import type { NameRef } from '../rdata/api';
import type { ZoneRecord } from '../parser';
import { meantAbsolute, TARGET_TYPES, targetRange, targetRefs } from './targets';

/** Types whose rdata holds one target name, besides NS/MX/SRV. */
const NAME_TYPES = [5, 12, 39]; // CNAME, PTR, DNAME

export const missingTrailingDot: Check = {
  code: 'missing-trailing-dot',
  doc: 'A name written without its final dot: the origin was appended to a complete name.',
  severity: 'warning',
  run(ctx) {
    if (ctx.model.apex === '.') return;
    const meant = (key: string, target: NameRef | undefined) => meantAbsolute(ctx.model, key, target);
    const report = (r: ZoneRecord, what: string, ref: { start: number; end: number; file: string }, fixed: string, full: string) => {
      ctx.report({
        code: 'missing-trailing-dot',
        message: `${what} reads as ${full} — the origin was appended; write '${fixed}' with the final dot if that is the name meant`,
        ...ref,
        data: { name: fixed },
      });
    };
    // Owners: once per name (the test reads only the key), then the records that wrote it relative,
    // once per run of consecutive records.
    const { model } = ctx;
    for (let n = 0; n < model.nameCount; n++) {
      const m = meant(model.nameKey(n), undefined);
      if (!m) continue;
      for (let i = model.nameFirstRecord(n), prev = -2; i >= 0; prev = i, i = model.nextRecord(i)) {
        if (i === prev + 1) continue; // same run as the record before it
        const r = model.records[i];
        if (r.ownerRelative && r.ownerEnd > r.ownerStart) report(r, `the owner ${r.owner}`, ownerRange(r), m, r.owner);
      }
    }
    // The target of each record, as targetOf reads it for NS/MX/SRV and as rdata.target for NAME_TYPES.
    for (const code of [...TARGET_TYPES, ...NAME_TYPES]) {
      const records = model.ofType(code);
      const refs = targetRefs(model, code);
      for (let i = 0; i < records.length; i++) {
        const t = refs[i];
        if (!t || !t.relative) continue;
        const m = meant(t.key, t);
        if (m) { const r = records[i]; report(r, `the ${r.type} target`, targetRange(r, t), m, t.name); }
      }
    }
  },
};
