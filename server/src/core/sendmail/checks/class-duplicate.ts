/** class-duplicate: a word listed twice in a class file (case-insensitive): harmless, but a sign of an edit gone wrong. */
import type { SendmailCheck } from '../api';

export const classDuplicate: SendmailCheck = {
  code: 'class-duplicate',
  doc: 'A word listed twice in a class file (local-host-names, relay-domains…).',
  severity: 'info',
  kinds: ['sendmail-class'],
  run(ctx) {
    const seen = new Map<string, number>();
    for (const w of ctx.classWords!) {
      const k = w.word.toLowerCase().replace(/\.$/, '');
      const first = seen.get(k);
      if (first === undefined) { seen.set(k, w.line); continue; }
      ctx.report({ start: w.start, end: w.end, message: `'${w.word}' is already listed on line ${first + 1}`, data: { firstLine: first } });
    }
  },
};
