/**
 * `mail-domain-without-mx`: a name that visibly handles mail has address records (A/AAAA) but no
 * MX — the first seed's outage. Senders then fall back to the address records ("implicit MX", RFC
 * 5321 §5.1), usually a web server that accepts no mail, so replies and bounces to the domain are
 * lost. Evidence that a name handles mail, read from the zone alone:
 *   - an SPF TXT record at the name that can pass mail (a mechanism with the `+` qualifier, written
 *     or implied, or a `redirect=`) — `v=spf1 -all` says the name sends no mail, and such a name is
 *     never reported, whatever else it publishes (the usual "parked domain" set);
 *   - a DMARC record at `_dmarc.<name>`;
 *   - DKIM keys at `<selector>._domainkey.<name>`.
 * Names that are the target of an MX record in the zone are left alone: their addresses are a mail
 * server, so mail to the name itself reaches it.
 * Default severity hint (a name may legitimately only send mail). Names the caller knows receive
 * mail — `CheckContext.mailDomains`, fed from the workspace's sendmail files — are reported as
 * warnings, and need no evidence in the zone. Quick fix data: where to insert `<name> MX 10 <name>.`
 * (after the name's last record in the reported file).
 */
import type { Check, CheckContext } from './api';
import { ownerRange } from './api';
import type { ZoneRecord } from '../parser';
import type { MxRdata, TxtRdata } from '../rdata/api';
import { spfRecords } from '../mail/spf';
import { hashKey } from '../names';
import { typeBit } from '../model';

type Evidence = 'SPF' | 'DMARC' | 'DKIM';

export const mailDomainWithoutMx: Check = {
  code: 'mail-domain-without-mx',
  doc: 'A name with SPF/DMARC/DKIM records (or known to receive mail) has A/AAAA records but no MX: mail goes to the address records.',
  severity: 'hint',
  run(ctx) {
    const { model } = ctx;
    // Only a name with address records and neither an MX nor a CNAME can be reported (report()
    // below): the type mask of each name with evidence is read first, and the others are not kept.
    const candidate = (key: string, hash: number): boolean => reportable(model.typeMaskOf(key, hash));
    const evidence = new Map<string, Evidence>();
    const noMail = new Set<string>();
    for (const { record, spf } of spfRecords(model)) {
      if (record.typeCode !== 16 || !candidate(record.key, record.hash)) continue;
      if (spf.canPass) setOnce(evidence, record.key, 'SPF'); else noMail.add(record.key);
    }
    const txt = model.ofType(16);
    for (let j = 0; j < txt.length; j++) {
      const r = txt[j];
      if (r.ownerHostName) continue; // '_dmarc.…' and DKIM names hold '_': no host names (no key read)
      const key = r.key;
      if (key.charCodeAt(0) !== 95 && key.indexOf('._domainkey.') < 0) continue; // cheap filter: '_' first, or a DKIM name
      if (key.startsWith('_dmarc.')) {
        const strings = (r.rdata as TxtRdata | undefined)?.strings;
        const name = key.slice(7);
        if (strings && /^\s*v\s*=\s*DMARC1/i.test(strings.join('')) && candidate(name, hashKey(name))) setOnce(evidence, name, 'DMARC');
        continue;
      }
      const i = key.indexOf('._domainkey.');
      if (i <= 0 || key.startsWith('_adsp._domainkey.')) continue;
      const name = key.slice(i + 12);
      if (candidate(name, hashKey(name))) setOnce(evidence, name, 'DKIM');
    }
    const known = ctx.mailDomains;
    if (evidence.size === 0 && !known) return;
    // An MX target's own address is a mail server: mail to the name itself reaches it (a HELO
    // name's SPF record, RFC 7208 §2.3, is the usual case). Read only when a name is left.
    let exchangers: Set<string> | undefined;
    const isExchanger = (key: string): boolean => {
      if (exchangers === undefined) {
        exchangers = new Set();
        for (const r of model.ofType(15)) { const k = (r.rdata as MxRdata | undefined)?.exchange?.key; if (k) exchangers.add(k); }
      }
      return exchangers.has(key);
    };
    for (const [key, why] of evidence) {
      if (noMail.has(key) || (known && known.has(key)) || isExchanger(key)) continue;
      report(ctx, key, `it publishes ${why === 'SPF' ? 'an SPF policy that lets it send mail' : why === 'DMARC' ? `a DMARC record (_dmarc.${key})` : 'DKIM keys (…._domainkey.' + key + ')'}`, 'hint');
    }
    if (known) {
      for (const key of known) {
        if (!model.inZone(key) || noMail.has(key) || isExchanger(key)) continue;
        report(ctx, key, "the workspace's sendmail configuration receives mail for it", 'warning');
      }
    }
  },
};

/** A name with these types (a type mask) can be reported: A/AAAA records, and neither an MX nor a CNAME. */
function reportable(mask: number): boolean {
  return (mask & (typeBit(15) | typeBit(5))) === 0 && (mask & (typeBit(1) | typeBit(28))) !== 0;
}

function setOnce(m: Map<string, Evidence>, key: string, e: Evidence): void {
  if (!m.has(key)) m.set(key, e);
}

function report(ctx: CheckContext, key: string, why: string, severity: 'hint' | 'warning'): void {
  const { model } = ctx;
  const hash = hashKey(key);
  // Most names with mail evidence have an MX or no address: decide that from the type mask.
  if (!reportable(model.typeMaskOf(key, hash))) return;
  let firstAddress: ZoneRecord | undefined;
  for (const r of model.at(key, hash)) {
    if (r.typeCode === 15 || r.typeCode === 5) return; // an MX (a null MX too); a CNAME: not this check's business
    if ((r.typeCode === 1 || r.typeCode === 28) && firstAddress === undefined) firstAddress = r;
  }
  if (!firstAddress) return;
  // The fix inserts after the name's last record in the same file.
  let last = firstAddress;
  for (const r of model.at(key, hash)) if (r.file === firstAddress.file && r.rdataEnd > last.rdataEnd && !r.generated) last = r;
  ctx.report({
    code: 'mail-domain-without-mx',
    severity,
    message: `${firstAddress.owner} has ${firstAddress.type} records but no MX although ${why}: senders deliver its mail to the address records instead (implicit MX, RFC 5321 §5.1) — add an MX, or a null MX (MX 0 .) if it receives no mail (RFC 7505)`,
    ...ownerRange(firstAddress),
    data: { name: firstAddress.owner, recordStart: last.ownerStart, insertAfter: last.rdataEnd },
  });
}
