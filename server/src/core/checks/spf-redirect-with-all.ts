/**
 * `spf-redirect-with-all`: an SPF record with `redirect=` and an `all` mechanism. RFC 7208 §6.1:
 * redirect= only applies when no mechanism matched, and `all` always matches, so it is dead.
 */
import type { Check } from './api';
import { spfRecords } from '../mail/spf';

export const spfRedirectWithAll: Check = {
  code: 'spf-redirect-with-all',
  doc: 'An SPF record with both redirect= and an all mechanism: the redirect is never used.',
  severity: 'warning',
  run(ctx) {
    for (const { record: r, spf } of spfRecords(ctx.model)) {
      const { all, redirect } = spf;
      if (!all || !redirect) continue;
      ctx.report({
        code: 'spf-redirect-with-all',
        message: `SPF record of ${r.owner} has '${redirect.text}' and '${all.text}': with an 'all' mechanism the redirect is never followed (RFC 7208 §6.1) — keep one of them`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};
