/**
 * Shared types of the pure analysis core.
 *
 * Architecture invariant: nothing under server/src/core imports vscode, vscode-languageserver,
 * node:fs, node:child_process or node:path. Offsets are JS string indices (UTF-16 code units)
 * into the file's text; line/column conversion happens only at the boundary (server, CLI).
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A finding of the core. `start`/`end` are offsets into the text of `file`. */
export interface Diagnostic {
  /** Stable kebab-case code, documented in docs/diagnostics.md. */
  code: string;
  severity: Severity;
  message: string;
  /** The file the range refers to (the path/URI the caller gave, or the resolved $INCLUDE path). */
  file: string;
  start: number;
  end: number;
  /** Whatever a quick fix needs (JSON-serialisable). */
  data?: unknown;
}

/**
 * File access, injected by the caller (Node CLI, language server, browser worker, tests).
 * Paths are opaque strings to the core; the host decides what they mean.
 */
export interface FileHost {
  /** The text of a file, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  /** Resolve `relative` against the directory of the file `from`. */
  resolve(from: string, relative: string): string;
}

/** A host that reads nothing: $INCLUDE reports "cannot read". */
export const noFiles: FileHost = {
  readFile: () => undefined,
  resolve: (_from, rel) => rel,
};
