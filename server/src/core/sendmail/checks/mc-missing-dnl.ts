/**
 * mc-missing-dnl: a macro line that does not end in `dnl` where m4 copies output. The newline after
 * `FEATURE(…)` is copied to sendmail.cf as an empty line (cf/README: end lines with dnl); inside
 * `divert(-1)` nothing is copied and no dnl is needed.
 */
import type { SendmailCheck } from '../api';

export const mcMissingDnl: SendmailCheck = {
  code: 'mc-missing-dnl',
  doc: 'A macro line without a trailing dnl: its newline becomes a stray empty line in sendmail.cf.',
  severity: 'info',
  kinds: ['sendmail-mc'],
  run(ctx) {
    for (const c of ctx.mc!.calls) {
      if (!c.closed || c.after !== 'eol' || c.divert < 0) continue;
      if (c.name === 'divert' && (c.args[0]?.value.trim() ?? '').startsWith('-')) continue;
      ctx.report({ start: c.start, end: c.closeEnd, message: `${c.name}(…) ends its line without dnl: m4 copies the newline into sendmail.cf as an empty line; append dnl`, data: { insertAt: c.closeEnd } });
    }
  },
};
