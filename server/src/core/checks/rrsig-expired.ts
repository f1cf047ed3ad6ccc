/**
 * `rrsig-expired`: RRSIG records whose signature expiration is in the past. A zone file often holds
 * old signatures (an AXFR dump, a backup); served as they are, validators treat the data as bogus.
 * BIND notes "signature has expired". One diagnostic per file, on the first expired RRSIG, with the
 * count — a signed zone has thousands. Runs only when the analysis is given the current time.
 */
import type { Check } from './api';

export const rrsigExpired: Check = {
  code: 'rrsig-expired',
  doc: 'RRSIG signatures whose expiration time has passed.',
  severity: 'info',
  run(ctx) {
    if (ctx.now === undefined) return;
    const now = Math.floor(ctx.now / 1000);
    let first: (typeof ctx.model.records)[number] | undefined;
    let firstWhen = 0;
    let count = 0;
    for (const r of ctx.model.ofType(46)) {
      const expiration = (r.rdata as { expiration?: number } | undefined)?.expiration;
      // RFC 4034 §3.1.5: times are serial numbers (mod 2^32) near "now".
      if (expiration === undefined || ((expiration - now) | 0) >= 0) continue;
      count++;
      if (first === undefined) { first = r; firstWhen = expiration; }
    }
    if (first === undefined) return;
    const when = new Date(firstWhen * 1000).toISOString().slice(0, 10);
    ctx.report({
      code: 'rrsig-expired',
      message: `${count === 1 ? 'this RRSIG has' : `${count} RRSIG records have`} expired (this one on ${when}): validators reject expired signatures — re-sign the zone before serving it`,
      file: first.file, start: first.typeStart, end: first.rdataEnd,
    });
  },
};
