/**
 * access-value: an access-map value that its tag does not take. From cf/README (access_db) and
 * proto.m4: Connect:, From:, To: and untagged keys take OK, RELAY, REJECT, DISCARD, SKIP,
 * ERROR:[D.S.N:]CODE text, QUARANTINE:text (and the deprecated bare "CODE text"); Spam: takes FRIEND
 * or HATER; GreetPause:, ClientRate:, ClientConn: take a number. Other tags (milters define their
 * own) are not checked. Anything else falls through to proto.m4's "generic error" and rejects.
 */
import type { SendmailCheck } from '../api';
import { errorRhsProblem } from '../forms';

const ACTIONS = new Set(['OK', 'RELAY', 'REJECT', 'DISCARD', 'SKIP']);

export const accessValue: SendmailCheck = {
  code: 'access-value',
  doc: 'An access-map value its tag does not take (Connect/From/To: OK RELAY REJECT DISCARD SKIP ERROR: QUARANTINE:; Spam: FRIEND/HATER; numbers).',
  severity: 'error',
  kinds: ['sendmail-map'],
  flavors: ['access'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const tag = /^([A-Za-z][\w-]*):/.exec(e.key)?.[1];
      const t = tag === undefined || /^IPv6$/i.test(tag) ? '' : tag.toLowerCase();
      const v = e.value;
      const word = v.split(/\s/)[0];
      let problem: string | undefined;
      if (t === '' || t === 'connect' || t === 'from' || t === 'to') {
        if (ACTIONS.has(word)) { if (word !== v) problem = `text after ${word} is ignored (only ERROR: and QUARANTINE: take a message)`; }
        else if (/^ERROR:/.test(v)) problem = errorRhsProblem(v.slice(6).replace(/^"/, ''));
        else if (/^QUARANTINE:/.test(v)) problem = v.length > 11 ? undefined : 'QUARANTINE: needs a reason after the colon';
        else if (/^"?[45]\d\d\s/.test(v)) problem = undefined; // the deprecated "### text" form
        else if (ACTIONS.has(word.toUpperCase())) problem = `'${word}': access values are upper case (${word.toUpperCase()}); sendmail treats '${word}' as an error message and rejects`;
        else if (/^error:/i.test(v)) problem = `'${v.slice(0, 6)}': the tag is ERROR: in upper case in the access map`;
        else problem = `'${word}' is not an access value: use OK, RELAY, REJECT, DISCARD, SKIP, ERROR:D.S.N:CODE text or QUARANTINE:reason (anything else rejects as a "generic error")`;
      } else if (t === 'spam') {
        if (v !== 'FRIEND' && v !== 'HATER') problem = `Spam: takes FRIEND or HATER, not '${v}'`;
      } else if (t === 'greetpause' || t === 'clientrate' || t === 'clientconn') {
        if (!/^\d+$/.test(v)) problem = `${tag}: takes a number (${t === 'greetpause' ? 'milliseconds' : 'a limit'}), not '${v}'`;
      }
      if (problem) ctx.report({ start: e.valueStart, end: e.valueEnd, message: problem });
    }
  },
};
