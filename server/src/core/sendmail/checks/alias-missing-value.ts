/** alias-missing-value: `name:` with no address; newaliases: "missing value for alias", the alias is not stored. */
import type { SendmailCheck } from '../api';

export const aliasMissingValue: SendmailCheck = {
  code: 'alias-missing-value',
  doc: 'An alias with nothing after the colon: newaliases skips it ("missing value for alias").',
  severity: 'error',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    for (const p of ctx.aliases!.problems) {
      if (p.kind === 'missing-value') ctx.report({ start: p.start, end: p.end, message: `'${p.detail}' has no address after the colon: newaliases skips it ("missing value for alias")` });
    }
  },
};
