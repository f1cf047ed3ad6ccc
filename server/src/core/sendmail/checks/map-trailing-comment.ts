/**
 * map-trailing-comment: `#` after a value. Only a `#` in column 1 starts a comment for makemap; a
 * trailing "# text" becomes part of the value (an address `user # note` that never delivers).
 */
import type { SendmailCheck } from '../api';

export const mapTrailingComment: SendmailCheck = {
  code: 'map-trailing-comment',
  doc: 'A "# comment" after a map value: makemap keeps it as part of the value.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const m = /\s#/.exec(e.value);
      if (!m) continue;
      const at = e.valueStart + m.index + 1;
      ctx.report({ start: at, end: e.valueEnd, message: `'${e.value.slice(m.index + 1)}' is part of the value, not a comment: makemap starts comments only with a # in column 1 — move the comment to its own line` });
    }
  },
};
