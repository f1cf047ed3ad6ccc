/**
 * Which Zonemail language a file is, from its name and (for ambiguous names) its first bytes.
 * Used alike by the CLI's directory walk and, through package.json's patterns, by the extension.
 */
export type FileKind = 'dns-zone';

/** Looks like the first line of a zone file: a directive, an SOA, a record, or a zone-ish comment. */
const ZONE_FIRST_LINE = /^(\$(ORIGIN|TTL|INCLUDE|GENERATE)\b|;|\S+\s+(\d+[a-zA-Z0-9]*\s+)?(IN\s+)?(SOA|NS|A|AAAA|MX|CNAME|TXT|PTR)\s)/i;

/**
 * The kind of a file, or undefined when Zonemail does not handle it.
 * `head` is the beginning of the file (a few hundred characters are enough); binary content
 * (a NUL byte, e.g. sendmail's compiled virtusertable.db) is never a text kind.
 */
export function detectKind(fileName: string, head: string): FileKind | undefined {
  if (head.indexOf('\0') >= 0) return undefined;
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
  const firstLine = firstContentLine(head);
  if (/\.(zone|arpa|rev|hosts)$/.test(base) || /\.zone\.in$/.test(base) || /^db\./.test(base)) return 'dns-zone';
  if (/\.db(\.in)?$/.test(base)) return firstLine !== undefined && ZONE_FIRST_LINE.test(firstLine) ? 'dns-zone' : undefined;
  return undefined;
}

function firstContentLine(head: string): string | undefined {
  for (const line of head.split(/\r?\n|\r/)) {
    if (line.trim() !== '') return line;
  }
  return undefined;
}
