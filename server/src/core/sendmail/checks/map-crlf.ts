/**
 * map-crlf: a map source with Windows (CRLF) line ends. makemap splits lines at the newline only, so
 * the carriage return stays at the end of every value (`user@example.com\tlocal1\r` stores
 * `local1\r`, checked with `makemap -u` on sendmail 8.17), and sendmail delivers to names that do
 * not exist. A blank line is then a lone carriage return, which makemap rejects as a line starting
 * with white space ("syntax error (leading space)", exit 65): an error when the file has one.
 * Reported once, at the start of the file (it is a property of the whole file).
 */
import type { SendmailCheck } from '../api';
import { crlfBlankLines, lineList } from '../text';

export const mapCrlf: SendmailCheck = {
  code: 'map-crlf',
  doc: 'A map source with CRLF line ends: makemap keeps the carriage return in every value.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  run(ctx) {
    const blank = crlfBlankLines(ctx.text);
    if (blank === undefined) return;
    const fix = "save the file with LF line ends (VS Code: click 'CRLF' in the status bar and choose LF)";
    const values = 'makemap keeps the carriage return at the end of every value (a value local1 is stored as "local1\\r"), so sendmail delivers to names that do not exist';
    if (blank.length > 0) {
      ctx.report({
        start: 0, end: 0, severity: 'error',
        message: `the file has Windows line ends (CRLF): makemap rejects it — a blank line (${lineList(blank)}) is a lone carriage return, which it reads as a line starting with white space ("syntax error (leading space)") — and ${values}; ${fix}`,
      });
    } else {
      ctx.report({ start: 0, end: 0, message: `the file has Windows line ends (CRLF): ${values}; ${fix}` });
    }
  },
};
