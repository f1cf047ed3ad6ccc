/**
 * alias-crlf: an aliases file with Windows (CRLF) line ends. newaliases reads up to the newline, so
 * the carriage return stays at the end of every alias's value (`postmaster: root` is stored as
 * `root\r`, seen with `makemap -u` on the aliases.db sendmail 8.17's `sendmail -bi` built), and a
 * blank line, a lone carriage return to it, is reported as "missing colon". newaliases still builds
 * the database, so this is a warning. Reported once, at the start of the file.
 */
import type { SendmailCheck } from '../api';
import { crlfBlankLines, lineList } from '../text';

export const aliasCrlf: SendmailCheck = {
  code: 'alias-crlf',
  doc: 'An aliases file with CRLF line ends: newaliases keeps the carriage return in every value.',
  severity: 'warning',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    const blank = crlfBlankLines(ctx.text);
    if (blank === undefined) return;
    const blanks = blank.length > 0 ? `, and it reports each blank line (${lineList(blank)}) as "missing colon"` : '';
    ctx.report({
      start: 0, end: 0,
      message: `the file has Windows line ends (CRLF): newaliases keeps the carriage return at the end of every alias's value ("root" is stored as "root\\r")${blanks}; save the file with LF line ends (VS Code: click 'CRLF' in the status bar and choose LF)`,
    });
  },
};
