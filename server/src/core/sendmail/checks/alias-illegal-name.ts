/**
 * alias-illegal-name: an alias name newaliases refuses — empty or unparsable ("illegal alias name"),
 * or an address of another host ("cannot alias non-local names").
 */
import type { SendmailCheck } from '../api';

export const aliasIllegalName: SendmailCheck = {
  code: 'alias-illegal-name',
  doc: 'An alias name newaliases refuses: empty or unparsable ("illegal alias name"), or user@otherhost ("cannot alias non-local names").',
  severity: 'error',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    for (const p of ctx.aliases!.problems) {
      if (p.kind === 'illegal-name') ctx.report({ start: p.start, end: p.end, message: `'${p.detail}' is not a valid alias name: newaliases skips it ("illegal alias name")` });
      else if (p.kind === 'non-local') ctx.report({ start: p.start, end: p.end, message: `'${p.detail}' is an address of another host: newaliases skips it ("cannot alias non-local names"); use the virtusertable for user@domain` });
    }
  },
};
