/**
 * Fixtures with a cursor marker: `|` marks the offset in the text (the first `|` outside quotes is
 * not special in zone files otherwise, so fixtures avoid it elsewhere).
 */
import { analyzeZone, type ZoneAnalysis } from '../../server/src/core/analyze';
import type { FileHost } from '../../server/src/core/types';

export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('fixture has no | cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export function analyse(text: string, file = 'file:///zones/example.com.zone', host?: FileHost): ZoneAnalysis {
  return analyzeZone(text, { file, host, now: Date.UTC(2024, 2, 5) });
}
