/**
 * mailertable-entry: a mailertable line sendmail cannot use. Keys are host names, `.domain`
 * (every host below it) or `.` (everything else); values are `mailer:host`, `mailer:[host]` (no MX
 * lookup), `local:` / `local:user`, or `error:…` (cf/README, MAILERTABLE). A key with `@` is never
 * looked up; a value without `mailer:` is taken as a mailer name with no host.
 */
import type { SendmailCheck } from '../api';
import { isHostName } from '../forms';

export const mailertableEntry: SendmailCheck = {
  code: 'mailertable-entry',
  doc: 'A mailertable key that is not a host or .domain, or a value that is not mailer:host, local:, or error:.',
  severity: 'error',
  kinds: ['sendmail-map'],
  flavors: ['mailertable'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const k = e.key;
      if (k !== '.' && !isHostName(k.startsWith('.') ? k.slice(1) : k) && !/^\[.*\]$/.test(k)) {
        ctx.report({ start: e.keyStart, end: e.keyEnd, message: k.includes('@') ? `'${k}' has an @: mailertable keys are host names or .domain, never addresses` : `'${k}' is not a host name or .domain` });
      }
      const v = e.value;
      if (/^error:/i.test(v)) continue; // map-error-rhs
      const m = /^([A-Za-z0-9_.-]+):(.*)$/.exec(v);
      if (!m) {
        ctx.report({ start: e.valueStart, end: e.valueEnd, message: `'${v}' is not mailer:host (e.g. esmtp:[mail.example.com], smtp:relay.example.com, local:, error:5.1.2:550 text)` });
        continue;
      }
      const [, mailer, host] = m;
      if (mailer.toLowerCase() === 'local') continue;
      if (host.trim() === '') ctx.report({ start: e.valueStart, end: e.valueEnd, message: `${mailer}: needs a host after the colon (only local: may have none)` });
      else if (/\s/.test(host.trim()) || (host.includes('[') !== host.includes(']'))) ctx.report({ start: e.valueStart, end: e.valueEnd, message: `'${host}' is not one host name or [host]` });
      else if (/%[1-9]/.test(host) && !k.startsWith('.')) ctx.report({ start: e.valueStart, end: e.valueEnd, severity: 'warning', message: `%1 is the part of the host name that a .domain key matched; the key '${k}' is not a .domain key, so it is empty` });
    }
  },
};
