/**
 * `dkim-syntax`: a TXT record at a `<selector>._domainkey.<domain>` name that is not a valid DKIM
 * key record (RFC 6376 §3.6.1; mail/dkim.ts parses it): a broken tag-list, `v=` not `DKIM1` or not
 * first, an unknown `k=` key type, a `p=` that is not base64 or not an RSA/Ed25519 key, no `p=`.
 * Two findings have their own severity: an RSA key under 1024 bits is weak (warning — verifiers
 * reject it, RFC 8301 §3.2), and an empty `p=` is a revoked key (info — deliberate, but signatures
 * with that selector fail). `_adsp._domainkey` (ADSP, RFC 5617, historic) is not a key record.
 */
import type { Check } from './api';
import type { TxtRdata } from '../rdata/api';
import { isDkimKeyName, parseDkim } from '../mail/dkim';

export const dkimSyntax: Check = {
  code: 'dkim-syntax',
  doc: 'A TXT record at a <selector>._domainkey name that is not a valid DKIM key (RFC 6376 §3.6.1), a weak RSA key or a revoked one.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    const txt = model.ofType(16);
    for (let i = 0; i < txt.length; i++) {
      const r = txt[i];
      // A DKIM name holds '_' and so is no host name, which the parser noted in the record: most
      // TXT records are skipped without reading their owner's key.
      if (r.ownerHostName) continue;
      const key = r.key;
      // Cheap filter first: DKIM names contain '_domainkey.' after the selector.
      if (key.indexOf('_domainkey.') <= 0 || !isDkimKeyName(key) || key.startsWith('_adsp._domainkey.')) continue;
      const strings = (r.rdata as TxtRdata | undefined)?.strings;
      if (!strings) continue;
      const text = strings.join('');
      const { findings } = parseDkim(text);
      if (findings.length === 0) continue;
      const warnings = findings.filter((f) => f.severity === 'warning');
      const shown = warnings.length > 0 ? warnings : findings;
      ctx.report({
        code: 'dkim-syntax',
        severity: warnings.length > 0 ? 'warning' : 'info',
        message: `DKIM key ${r.owner}: ${shown.map((f) => f.message).join('; ')}`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};
