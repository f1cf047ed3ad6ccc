/**
 * virtuser-key: a virtusertable key sendmail never looks up. proto.m4 looks up `user@domain`,
 * `user++@domain`, `user+*@domain`, `++@domain`, `+*@domain` and `@domain` (domain in class w or
 * VirtHost); a key without `@`, with two, or with an empty or malformed domain matches no address.
 */
import type { SendmailCheck } from '../api';
import { isHostName } from '../forms';

export const virtuserKey: SendmailCheck = {
  code: 'virtuser-key',
  doc: 'A virtusertable key that is not user@domain, user+*@domain or @domain: sendmail never looks it up.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['virtusertable'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const k = e.key;
      const at = k.lastIndexOf('@');
      let problem: string | undefined;
      if (at < 0) problem = `'${k}' has no @: virtusertable keys are user@domain, user+*@domain or @domain (a catch-all); this line matches no address`;
      else if (k.indexOf('@') !== at) problem = `'${k}' has two @: no address matches it`;
      else {
        const domain = k.slice(at + 1);
        if (domain === '') problem = `'${k}' has no domain after the @`;
        else if (!isHostName(domain) && !/^\[.*\]$/.test(domain)) problem = `'${domain}' is not a domain name`;
      }
      if (problem) ctx.report({ start: e.keyStart, end: e.keyEnd, message: problem });
    }
  },
};
