/**
 * `serial-invalid-date`: the SOA serial is date-shaped (YYYYMMDDNN, ten digits starting 19 or 20)
 * but its date does not exist (month 13, 30 February…). Usually a typo; the next date-based bump
 * may then go backwards or forwards unexpectedly.
 */
import type { Check } from './api';
import type { SoaRdata } from '../rdata/api';
import { isDateShaped, serialDate } from '../serial';

export const serialInvalidDate: Check = {
  code: 'serial-invalid-date',
  doc: 'The SOA serial looks like YYYYMMDDNN but its date does not exist.',
  severity: 'warning',
  run(ctx) {
    for (const r of ctx.model.get(ctx.model.apex, 'SOA')) {
      const soa = r.rdata as SoaRdata | undefined;
      if (!soa || !isDateShaped(soa.serial) || serialDate(soa.serial)) continue;
      const s = String(soa.serial);
      ctx.report({
        code: 'serial-invalid-date',
        message: `serial ${s} looks like YYYYMMDDNN but ${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} is not a date`,
        file: r.file, start: soa.serialStart, end: soa.serialEnd,
      });
      return;
    }
  },
};
