/**
 * `null-mx`: a misused null MX (RFC 7505). `MX 0 .` says "this domain accepts no mail"; it must be
 * the only MX of its name and have preference 0. Beside other MX records it contradicts them, and
 * senders may try the others or bounce.
 */
import type { Check } from './api';
import type { MxRdata } from '../rdata/api';

export const nullMx: Check = {
  code: 'null-mx',
  doc: 'A null MX (MX 0 .) beside other MX records or with a non-zero preference (RFC 7505).',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    for (const r of model.ofType(15)) {
      const rd = r.rdata as MxRdata | undefined;
      if (rd?.exchange?.key !== '.') continue; // also skips rdata kept in the \# form
      const others = model.get(r.key, 'MX', r.hash).length - 1;
      if (others > 0) {
        ctx.report({
          code: 'null-mx',
          message: `a null MX ('.': no mail accepted) beside ${others} other MX record${others === 1 ? '' : 's'} for ${r.owner}; RFC 7505 says it must be the only one — remove it or the others`,
          file: r.file, start: rd.exchange.start, end: rd.exchange.end,
        });
      } else if (rd.preference !== 0) {
        ctx.report({
          code: 'null-mx',
          message: `a null MX must have preference 0 (RFC 7505), not ${rd.preference}`,
          file: r.file, start: r.rdataStart, end: rd.exchange.start,
        });
      }
    }
  },
};
