/**
 * `spf-plus-all`: an SPF record whose `all` has the `+` qualifier (written or implied): it
 * authorises every host on the Internet, which defeats SPF (RFC 7208 §5.1).
 */
import type { Check } from './api';
import { spfRecords } from '../mail/spf';

export const spfPlusAll: Check = {
  code: 'spf-plus-all',
  doc: 'An SPF record ending in +all (or a bare all): every host may send the domain mail.',
  severity: 'warning',
  run(ctx) {
    for (const { record: r, spf } of spfRecords(ctx.model)) {
      const all = spf.all;
      if (!all || (all.qualifier !== undefined && all.qualifier !== '+')) continue;
      ctx.report({
        code: 'spf-plus-all',
        message: `SPF record of ${r.owner} ends in '${all.text}': every host on the Internet passes — use '-all' or '~all'`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};
