/**
 * map-line-too-long: a map line over 1022 bytes. makemap reads lines into a 1024-byte buffer: it
 * reports "line too long (1024 bytes max)", exits 65, and reads the rest of the line as a new line.
 */
import type { SendmailCheck } from '../api';
import { MAKEMAP_MAX_LINE } from '../map';

export const mapLineTooLong: SendmailCheck = {
  code: 'map-line-too-long',
  doc: 'A map line longer than makemap reads (1022 bytes before the newline).',
  severity: 'error',
  kinds: ['sendmail-map'],
  run(ctx) {
    for (const p of ctx.map!.problems) {
      if (p.kind !== 'too-long') continue;
      ctx.report({ start: p.start, end: p.end, message: `the line is ${p.detail} bytes; makemap reads at most ${MAKEMAP_MAX_LINE} ("line too long (1024 bytes max)") and takes the rest as another line` });
    }
  },
};
