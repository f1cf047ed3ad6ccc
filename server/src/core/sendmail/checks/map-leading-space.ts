/**
 * map-leading-space: a map line that starts with white space. makemap has no continuation lines: it
 * rejects the line ("syntax error (leading space)") and exits 65, so the map is not rebuilt.
 */
import type { SendmailCheck } from '../api';

export const mapLeadingSpace: SendmailCheck = {
  code: 'map-leading-space',
  doc: 'A map line starting with white space: makemap rejects it ("syntax error (leading space)").',
  severity: 'error',
  kinds: ['sendmail-map'],
  run(ctx) {
    for (const p of ctx.map!.problems) {
      if (p.kind !== 'leading-space') continue;
      ctx.report({ start: p.start, end: p.end, message: 'the line starts with white space: makemap rejects it ("syntax error (leading space)") — maps have no continuation lines; remove the indentation or join it to the line above' });
    }
  },
};
