/**
 * `spf-syntax`: an SPF record (a TXT starting `v=spf1`) that breaks the RFC 7208 §12 grammar:
 * unknown mechanisms, bad IP networks or prefix lengths, bad macros, repeated redirect=/exp=.
 * Receivers treat the domain as permerror: the policy is ignored.
 */
import type { Check } from './api';
import { spfRecords } from '../mail/spf';

export const spfSyntax: Check = {
  code: 'spf-syntax',
  doc: 'A TXT record starting v=spf1 that does not follow the SPF grammar (RFC 7208 §12).',
  severity: 'warning',
  run(ctx) {
    for (const { record: r, spf } of spfRecords(ctx.model)) {
      if (spf.errors.length === 0) continue;
      ctx.report({
        code: 'spf-syntax',
        message: `SPF record of ${r.owner}: ${spf.errors.join('; ')} — receivers return permerror and ignore the policy (RFC 7208 §4.6)`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};
