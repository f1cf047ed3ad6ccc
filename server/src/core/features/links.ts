/**
 * Document links: the file name of each `$INCLUDE` in a zone file opens the included file. Offsets
 * only; the target is the path the parser resolved (with the caller's FileHost: a URI in the
 * language server, a path in the CLI), whether or not the file could be read — `include-not-found`
 * says when it cannot, and the link still names where the parser looked.
 */
import type { ParseResult } from '../parser';

export interface DocumentLinkAt {
  start: number;
  end: number;
  /** The resolved path or URI of the included file. */
  target: string;
}

/** The `$INCLUDE` links written in `file` (one of the files of `parse`: the zone file or an included one). */
export function documentLinks(parse: ParseResult, file: string): DocumentLinkAt[] {
  const links: DocumentLinkAt[] = [];
  for (const d of parse.directives) {
    if (d.name !== '$INCLUDE' || d.file !== file || d.value === undefined || d.argStart === undefined || d.argEnd === undefined) continue;
    if (d.argEnd <= d.argStart) continue; // an empty quoted name ("")
    links.push({ start: d.argStart, end: d.argEnd, target: d.value });
  }
  return links;
}
