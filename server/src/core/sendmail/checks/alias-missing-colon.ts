/** alias-missing-colon: an aliases line with no `:` after the name; newaliases: "missing colon", the line is skipped. */
import type { SendmailCheck } from '../api';

export const aliasMissingColon: SendmailCheck = {
  code: 'alias-missing-colon',
  doc: 'An aliases line without the colon between name and addresses: newaliases skips it ("missing colon").',
  severity: 'error',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    for (const p of ctx.aliases!.problems) {
      if (p.kind === 'missing-colon') ctx.report({ start: p.start, end: p.end, message: 'no colon: newaliases skips this line ("missing colon"); write name: address, address' });
    }
  },
};
