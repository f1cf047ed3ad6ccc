/**
 * sendmail.cf read line by line the way readcf.c does: the first character is the line kind
 * (R rule, S ruleset, O option, C class, F file class, D macro, K map, M mailer, H header, P
 * precedence, T trusted users, V version, E environment, Q queue group, L/X milter; `#` comment);
 * a line starting with white space continues the one above.
 */
import { splitLines } from './text';

export interface CfLine {
  kind: string;
  line: number;
  start: number;
  /** End of the logical line (its last continuation line). */
  end: number;
  /** The logical line's text (continuations joined with a newline). */
  text: string;
  /** O: the long option name and its range; C/F: the class name; D: the macro name; K: the map name. */
  name?: string;
  nameStart?: number;
  nameEnd?: number;
  /** O: the value; C: the words; F: the file; K: the map class. */
  value?: string;
}

export function parseCf(text: string): CfLine[] {
  const out: CfLine[] = [];
  /** The line a white-space line continues (none after a comment or an empty line). */
  let prev: CfLine | undefined;
  for (const l of splitLines(text)) {
    const s = l.text;
    if (s === '' || s[0] === '#') { prev = undefined; continue; }
    if (s[0] === ' ' || s[0] === '\t') {
      if (prev) {
        prev.text += '\n' + s;
        prev.end = l.end;
      }
      continue;
    }
    const line: CfLine = { kind: s[0], line: l.line, start: l.start, end: l.end, text: s };
    const named = (re: RegExp): void => {
      const m = re.exec(s);
      if (!m || m.index === undefined) return;
      const at = s.indexOf(m[1], 1);
      line.name = m[1].replace(/^\{|\}$/g, '');
      line.nameStart = l.start + at;
      line.nameEnd = l.start + at + m[1].length;
      line.value = (m[2] ?? '').trim();
    };
    switch (s[0]) {
      case 'O': named(/^O\s*([A-Za-z][\w.-]*)\s*(?:=\s*(.*))?$/); break;
      case 'C': case 'F': case 'D': named(/^[CFD](\{[^}\s]*\}|\S)(.*)$/); break;
      case 'K': named(/^K\s*(\S+)\s*(.*)$/); break;
      default: break;
    }
    out.push(line);
    prev = line;
  }
  return out;
}
