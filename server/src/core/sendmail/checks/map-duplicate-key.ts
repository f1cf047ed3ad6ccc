/**
 * map-duplicate-key: a key that an earlier line already has. makemap folds keys to lower case (the
 * default, without -f) and refuses the second ("key …: duplicate key", exit 65) unless run with -o/-r;
 * either way only one value is kept.
 */
import type { SendmailCheck } from '../api';

export const mapDuplicateKey: SendmailCheck = {
  code: 'map-duplicate-key',
  doc: 'A map key listed twice (keys are case-insensitive): makemap rejects the second ("duplicate key").',
  severity: 'error',
  kinds: ['sendmail-map'],
  run(ctx) {
    const seen = new Map<string, number>();
    for (const e of ctx.map!.entries) {
      const k = e.key.toLowerCase();
      const first = seen.get(k);
      if (first === undefined) { seen.set(k, e.line); continue; }
      ctx.report({
        start: e.keyStart, end: e.keyEnd,
        message: `'${e.key}' is already the key of line ${first + 1}: makemap stops with "key ${k}: duplicate key" (keys are folded to lower case); keep one of the two lines`,
        data: { firstLine: first },
      });
    }
  },
};
