/**
 * `spf-ptr`: an SPF record with the `ptr` mechanism. RFC 7208 §5.5: it SHOULD NOT be used (slow,
 * unreliable, loads the receivers' DNS); some receivers skip it.
 */
import type { Check } from './api';
import { spfRecords } from '../mail/spf';

export const spfPtr: Check = {
  code: 'spf-ptr',
  doc: 'An SPF record using the ptr mechanism, which RFC 7208 §5.5 says not to use.',
  severity: 'warning',
  run(ctx) {
    for (const { record: r, spf } of spfRecords(ctx.model)) {
      const ptr = spf.ptr;
      if (!ptr) continue;
      ctx.report({
        code: 'spf-ptr',
        message: `SPF record of ${r.owner} uses '${ptr.text}': ptr is slow, unreliable and SHOULD NOT be used (RFC 7208 §5.5) — list the addresses with ip4:/ip6: or a/mx`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};
