/** Lines of a sendmail file with exact offsets (LF, CRLF and CR ends), shared by the parsers. */

export interface Line {
  /** 0-based line number. */
  line: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (before the line end). */
  end: number;
  /** The text of the line without its end. */
  text: string;
  /** True when a line end follows (false for a last line without a newline). */
  terminated: boolean;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let n = 0;
  const len = text.length;
  while (start < len) {
    let i = start;
    while (i < len && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    let next = i;
    if (i < len) next = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    out.push({ line: n++, start, end: i, text: text.slice(start, i), terminated: i < len });
    start = next;
  }
  return out;
}

/** The length of a string in UTF-8 bytes (makemap's and newaliases' line limits count bytes). */
export { utf8Length } from '../utf8';

export const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\v';

/**
 * For a file with CRLF line ends: the 1-based numbers of its blank lines, which makemap and
 * newaliases (reading up to the newline only) see as a lone carriage return. Undefined when the file
 * has no CRLF line end.
 */
export function crlfBlankLines(text: string): number[] | undefined {
  if (text.indexOf('\r\n') < 0) return undefined;
  const blank: number[] = [];
  for (const l of splitLines(text)) {
    if (l.text === '' && l.terminated && text.charCodeAt(l.end) === 13 && text.charCodeAt(l.end + 1) === 10) blank.push(l.line + 1);
  }
  return blank;
}

/** "line 2, 4, 7, …": the first few line numbers of a list. */
export function lineList(lines: readonly number[]): string {
  return `line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ', …' : ''}`;
}
