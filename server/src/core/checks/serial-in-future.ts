/**
 * `serial-in-future`: a date-form serial whose date is after tomorrow, or a Unix-time serial more
 * than a day ahead. Every later date-based bump then has to continue from that future value, and a
 * typo such as 2051… instead of 2015… is hard to undo (RFC 1982: serials only go forward).
 * One day of slack covers time zones and the "more than 99 changes today" rule of the bump.
 * Runs only when the analysis is given the current time.
 */
import type { Check } from './api';
import type { SoaRdata } from '../rdata/api';
import { dayOf, detectFormat, serialDate } from '../serial';

const DAY_MS = 86400000;

export const serialInFuture: Check = {
  code: 'serial-in-future',
  doc: 'The SOA serial is a date or Unix time in the future.',
  severity: 'warning',
  run(ctx) {
    if (ctx.now === undefined) return;
    for (const r of ctx.model.get(ctx.model.apex, 'SOA')) {
      const soa = r.rdata as SoaRdata | undefined;
      if (!soa) continue;
      const format = detectFormat(soa.serial);
      let when: string | undefined;
      if (format === 'date') {
        const d = serialDate(soa.serial);
        if (!d) continue;
        const t = dayOf(ctx.now + DAY_MS);
        const limit = t.year * 10000 + t.month * 100 + t.day;
        if (d.year * 10000 + d.month * 100 + d.day > limit) when = `${String(soa.serial).slice(0, 4)}-${String(soa.serial).slice(4, 6)}-${String(soa.serial).slice(6, 8)}`;
      } else if (format === 'unixtime' && soa.serial * 1000 > ctx.now + DAY_MS) {
        when = new Date(soa.serial * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
      }
      if (when === undefined) continue;
      ctx.report({
        code: 'serial-in-future',
        message: `serial ${soa.serial} is dated ${when}, in the future; later bumps must continue from it (serials cannot go back, RFC 1982)`,
        file: r.file, start: soa.serialStart, end: soa.serialEnd,
      });
      return;
    }
  },
};
