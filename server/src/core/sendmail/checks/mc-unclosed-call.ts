/** mc-unclosed-call: a macro call whose `(` is never closed: m4 stops with "end of file in argument list". */
import type { SendmailCheck } from '../api';

export const mcUnclosedCall: SendmailCheck = {
  code: 'mc-unclosed-call',
  doc: 'A macro call whose ( is never closed: m4 stops with "end of file in argument list".',
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    const c = ctx.mc!.unclosedCall;
    if (c === undefined) return;
    ctx.report({ start: c.start, end: c.nameEnd + 1, message: `the argument list of ${c.name}( is never closed: m4 stops with "end of file in argument list"` });
  },
};
