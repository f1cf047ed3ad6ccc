/**
 * map-error-rhs: a malformed `error:` value in a virtusertable or mailertable. sendmail's rules take
 * `error:D.S.N:CODE text` (or `error:CODE text`, or a sysexits name: `error:nouser text`) apart;
 * a bad status code makes the rejection report something else than meant (RFC 3463, RFC 5321 §4.2).
 */
import type { SendmailCheck } from '../api';
import { errorRhsProblem } from '../forms';

export const mapErrorRhs: SendmailCheck = {
  code: 'map-error-rhs',
  doc: 'A malformed error: value (status code D.S.N, reply code 4xx/5xx, their classes) in a virtusertable or mailertable.',
  severity: 'error',
  kinds: ['sendmail-map'],
  flavors: ['virtusertable', 'mailertable', 'other'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      if (!/^error:/i.test(e.value)) continue;
      const problem = errorRhsProblem(e.value.slice(6));
      if (problem) ctx.report({ start: e.valueStart, end: e.valueEnd, message: problem });
    }
  },
};
