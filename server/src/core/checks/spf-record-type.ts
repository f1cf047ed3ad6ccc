/**
 * `spf-record-type`: a record of the discontinued type SPF (99). RFC 7208 §3.1: SPF records are
 * published as TXT only; receivers do not query type SPF.
 */
import type { Check } from './api';
import { isSpf } from '../mail/spf';
import type { TxtRdata } from '../rdata/api';

export const spfRecordType: Check = {
  code: 'spf-record-type',
  doc: 'A record of type SPF (discontinued, RFC 7208 §3.1); receivers read only TXT.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    for (const r of model.ofType(99)) {
      const twin = model.get(r.key, 'TXT', r.hash).some((t) => {
        const s = (t.rdata as TxtRdata | undefined)?.strings;
        return s !== undefined && isSpf(s);
      });
      ctx.report({
        code: 'spf-record-type',
        message: twin
          ? `type SPF is discontinued (RFC 7208 §3.1); the TXT record of ${r.owner} is the one receivers use — remove this one`
          : `type SPF is discontinued (RFC 7208 §3.1) and receivers only read TXT: ${r.owner} has no v=spf1 TXT record, so it has no SPF policy — publish it as TXT`,
        file: r.file, start: r.typeStart, end: r.typeEnd,
      });
    }
  },
};
