/**
 * virtuser-placeholder: `%n` in a virtusertable value that the key cannot supply. proto.m4 passes
 * %1 (the user) for every lookup, and %2 (the +detail) and %3 (+detail with its +) only for
 * addresses with a +detail; nothing sets %4…%9 (sendmail substitutes an empty string).
 */
import type { SendmailCheck } from '../api';

export const virtuserPlaceholder: SendmailCheck = {
  code: 'virtuser-placeholder',
  doc: 'A %n in a virtusertable value that the lookup never sets (%4…%9), or %2/%3 with a key without +*/++.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['virtusertable'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const plus = /\+[*+]@/.test(e.key);
      for (const m of e.value.matchAll(/%(\d)/g)) {
        const n = Number(m[1]);
        const at = e.valueStart + (m.index ?? 0);
        if (n >= 4) ctx.report({ start: at, end: at + 2, severity: 'error', message: `%${n} is never set: a virtusertable lookup passes %1 (user), %2 (detail) and %3 (+detail) only` });
        else if ((n === 2 || n === 3) && !plus) ctx.report({ start: at, end: at + 2, message: `%${n} is the ${n === 2 ? '+detail' : '+detail with its +'}, empty unless the address has one; a key of the form user+*@domain or +*@domain makes that explicit` });
      }
    }
  },
};
