/**
 * genericstable-value: a genericstable value that is not an address. FEATURE(genericstable)
 * rewrites sender addresses to the value (DOMAIN.md §4: `localuser  user@example.com`); a value
 * without `@` leaves the sender unqualified, and one with white space or several words is not one address.
 */
import type { SendmailCheck } from '../api';

export const genericstableValue: SendmailCheck = {
  code: 'genericstable-value',
  doc: 'A genericstable value that is not one user@domain address.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['genericstable'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const v = e.value;
      if (/\s/.test(v)) ctx.report({ start: e.valueStart, end: e.valueEnd, message: `'${v}' is not one address: the sender is rewritten to exactly this text` });
      else if (!v.includes('@')) ctx.report({ start: e.valueStart, end: e.valueEnd, message: `'${v}' has no @domain: the rewritten sender is unqualified (sendmail appends this host's name); write ${v}@your.domain` });
    }
  },
};
