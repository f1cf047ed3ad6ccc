/**
 * mc-unbalanced-quote: an m4 opening quote `` ` `` that is never closed by `'`. m4 reads the rest of
 * the file as one string and stops ("end of file in string"): no sendmail.cf is produced.
 */
import type { SendmailCheck } from '../api';

export const mcUnbalancedQuote: SendmailCheck = {
  code: 'mc-unbalanced-quote',
  doc: "An m4 quote ` never closed by ': m4 stops with \"end of file in string\".",
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    const at = ctx.mc!.unclosedQuote;
    if (at === undefined) return;
    ctx.report({ start: at, end: at + 1, message: "this ` opens an m4 quote that is never closed with ': m4 stops with \"end of file in string\" — m4 quotes are `…' (backquote, then apostrophe)" });
  },
};
