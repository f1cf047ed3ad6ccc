/**
 * SOA serial numbers: RFC 1982 serial arithmetic, format detection and the bump.
 *
 * Formats:
 *  - `date`: YYYYMMDDNN (the BIND convention: a date and a two-digit change counter);
 *  - `unixtime`: seconds since 1970 (ten digits, 2001 onwards, not date-shaped);
 *  - `counter`: anything else (1, 2, 3 …).
 *
 * The bump always returns a serial greater — in RFC 1982 terms — than both the current serial and
 * the baseline's (the serial the secondaries have), and never above 2^32 − 1.
 *
 * Date form after 99 changes in one day: the next serial is the *next valid date* with counter 00
 * (2015022899 → 2015030100, never the invalid 2015022900). So a zone changed more than 99 times in a
 * day borrows from tomorrow; the serial stays a valid date and keeps increasing, and tomorrow's first
 * bump continues from there (2015030101). A serial whose date lies in the future is bumped the same
 * way (counter + 1, or the day after it at 99): the bump never goes backwards to today.
 *
 * Pure functions; time comes in through the arguments.
 */

export const SERIAL_MAX = 4294967295;
const HALF = 2147483648; // 2^31

/**
 * RFC 1982 §3.2: 1 when a > b, -1 when a < b, 0 when equal, undefined when they are exactly 2^31
 * apart (the comparison is undefined).
 */
export function serialCompare(a: number, b: number): 1 | 0 | -1 | undefined {
  if (a === b) return 0;
  const d = (a - b + 4294967296) % 4294967296;
  if (d === HALF) return undefined;
  return d < HALF ? 1 : -1;
}

export type SerialFormat = 'date' | 'unixtime' | 'counter';

export interface SerialDate { year: number; month: number; day: number; change: number }

/** Ten digits starting with 19 or 20: meant as YYYYMMDDNN. */
export function isDateShaped(serial: number): boolean {
  return serial >= 1900000000 && serial <= 2099999999;
}

/** The date of a YYYYMMDDNN serial, or undefined when it is not a valid calendar date. */
export function serialDate(serial: number): SerialDate | undefined {
  if (!isDateShaped(serial)) return undefined;
  const change = serial % 100;
  const ymd = Math.floor(serial / 100);
  const year = Math.floor(ymd / 10000), month = Math.floor(ymd / 100) % 100, day = ymd % 100;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, change };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Detect the format a serial is written in (`now` in seconds, to tell Unix times apart). */
export function detectFormat(serial: number): SerialFormat {
  if (isDateShaped(serial)) return 'date';
  // Unix times from 2001-09-09 (1e9) up to 2033 that are not date-shaped (19xx… 20xx… are dates).
  if (serial >= 1000000000 && serial < 1900000000) return 'unixtime';
  return 'counter';
}

/** A UTC calendar day. */
export interface Day { year: number; month: number; day: number }

export function dayOf(ms: number): Day {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function ymd(d: Day): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function nextDay(d: Day): Day {
  if (d.day < daysInMonth(d.year, d.month)) return { ...d, day: d.day + 1 };
  if (d.month < 12) return { year: d.year, month: d.month + 1, day: 1 };
  return { year: d.year + 1, month: 1, day: 1 };
}

export interface BumpOptions {
  /** Today (UTC unless the caller says otherwise). */
  today: Day;
  /** Now, in seconds since 1970 (for the Unix-time format). */
  nowSeconds: number;
  /** Force a format; default: detected from the current serial. */
  format?: SerialFormat;
  /** First change number of a new day in the date format (default 1: YYYYMMDD01). */
  counterStart?: number;
  /** The baseline's serial: the result is greater than it too. */
  baseline?: number;
}

export interface BumpResult {
  serial: number;
  format: SerialFormat;
  /** Set when the result had to wrap around 2^32 (RFC 1982 allows it; some tools do not). */
  wrapped: boolean;
  /** Anything the user should know about how the number was chosen. */
  note?: string;
}

/** The next serial. See the module comment for the rules. */
export function bumpSerial(current: number, options: BumpOptions): BumpResult {
  // Start from the greater of the current serial and the baseline's.
  let base = current;
  if (options.baseline !== undefined && serialCompare(options.baseline, current) === 1) base = options.baseline;
  const format = options.format ?? detectFormat(current);
  const start = Math.min(99, Math.max(0, options.counterStart ?? 1));
  let next: number;
  let note: string | undefined;
  switch (format) {
    case 'date': {
      const todayFirst = ymd(options.today) * 100 + start;
      const d = serialDate(base);
      if (base < todayFirst) {
        next = todayFirst;
      } else if (d === undefined) {
        next = base + 1;
        note = `${base} is not a valid YYYYMMDDNN date; incremented by one`;
      } else if (d.change < 99) {
        next = base + 1;
      } else {
        next = ymd(nextDay(d)) * 100;
        note = `99 changes on ${d.year}-${pad(d.month)}-${pad(d.day)} already: continuing on the next day's date`;
      }
      break;
    }
    case 'unixtime':
      next = Math.max(Math.floor(options.nowSeconds), base + 1);
      break;
    default:
      next = base + 1;
  }
  let wrapped = false;
  if (next > SERIAL_MAX) {
    next -= 4294967296;
    wrapped = true;
    note = 'the serial wrapped around 2^32 (RFC 1982): secondaries accept it, but check your other tools';
  }
  // A jump of 2^31 or more is not "greater" to the secondaries (e.g. counter 5 → a date): go there in
  // two steps, the first one now.
  if (serialCompare(next, base) !== 1) {
    const target = next;
    next = (base + HALF - 1) % 4294967296;
    note = `${target} is too far above ${base} for RFC 1982 (more than 2^31−1): bumped to ${next} first; bump again after the secondaries have it`;
  }
  return { serial: next, format, wrapped, note };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A short description of a serial for hovers and code lenses: "2015-02-12, change 01". */
export function describeSerial(serial: number): string {
  const f = detectFormat(serial);
  if (f === 'date') {
    const d = serialDate(serial);
    return d ? `${d.year}-${pad(d.month)}-${pad(d.day)}, change ${pad(d.change)}` : 'date-shaped, but not a valid date';
  }
  if (f === 'unixtime') return `Unix time ${new Date(serial * 1000).toISOString().replace('.000Z', 'Z')}`;
  return 'counter';
}
