/**
 * The language server: thin glue between LSP and the pure core. Runtime specifics (file access,
 * the docs location) come in through `Runtime`, so a browser-worker entry can reuse this file.
 *
 * Validation is debounced per document, and a result is published only if the document's version
 * is still the one analysed (stale results are dropped).
 */
import {
  type Connection,
  type Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeZone, type SeverityOverrides } from './core/analyze';
import { LineIndex } from './core/lines';
import type { Diagnostic, FileHost, Severity } from './core/types';

export interface Runtime {
  /** Read a file by URI (for $INCLUDE); undefined when it cannot be read. */
  readFile(uri: string): string | undefined;
  /** Resolve a relative path against the directory of the file `fromUri`, giving a URI. */
  resolve(fromUri: string, relative: string): string;
  /** Link to a code's section of docs/diagnostics.md, or undefined. */
  docsLink(code: string): string | undefined;
  /** The clock (ms since 1970), for time-based checks; default Date.now (tests pin it). */
  now?(): number;
}

export interface Settings {
  origin: string;
  severity: Record<string, Severity | 'off'>;
  maxPerFile: number;
}

const DEFAULTS: Settings = { origin: '', severity: {}, maxPerFile: 1000 };
const DEBOUNCE_MS = 200;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  let hasConfiguration = false;
  const settingsCache = new Map<string, Promise<Settings>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** URIs of included files each root document published diagnostics to. */
  const published = new Map<string, Set<string>>();

  connection.onInitialize((params): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
      serverInfo: { name: 'zonemail' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  async function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return DEFAULTS;
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'zonemail' }).then(
        (s: Partial<Settings> | null) => ({
          origin: typeof s?.origin === 'string' ? s.origin : DEFAULTS.origin,
          severity: s?.severity && typeof s.severity === 'object' ? s.severity : DEFAULTS.severity,
          maxPerFile: typeof s?.maxPerFile === 'number' && s.maxPerFile > 0 ? s.maxPerFile : DEFAULTS.maxPerFile,
        }),
        () => DEFAULTS,
      );
      settingsCache.set(uri, p);
    }
    return p;
  }

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void validate(uri);
    }, delay));
  }

  /** Open documents win over the disk, so an $INCLUDEd file being edited is read as shown. */
  const host: FileHost = {
    readFile: (uri) => documents.get(uri)?.getText() ?? runtime.readFile(uri),
    resolve: (from, rel) => runtime.resolve(from, rel),
  };

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change will validate again
    let diagnostics: Diagnostic[];
    try {
      diagnostics = analyzeZone(doc.getText(), {
        file: uri,
        origin: settings.origin || undefined,
        originMode: 'fallback',
        now: runtime.now ? runtime.now() : Date.now(),
        host,
        severity: settings.severity as SeverityOverrides,
        maxPerFile: settings.maxPerFile,
      }).diagnostics;
    } catch (e) {
      connection.console.error(`zonemail: analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    if (documents.get(uri)?.version !== version) return;
    const byFile = new Map<string, LspDiagnostic[]>();
    byFile.set(uri, []);
    const indexes = new Map<string, (o: number) => { line: number; character: number }>();
    indexes.set(uri, (o) => doc.positionAt(o));
    for (const d of diagnostics) {
      let list = byFile.get(d.file);
      if (!list) byFile.set(d.file, (list = []));
      let pos = indexes.get(d.file);
      if (!pos) {
        const li = new LineIndex(host.readFile(d.file) ?? '');
        pos = (o) => li.position(o);
        indexes.set(d.file, pos);
      }
      list.push(toLsp(d, pos, runtime));
    }
    const previous = published.get(uri) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, list] of byFile) {
      if (file !== uri) {
        now.add(file);
        if (documents.get(file)) continue; // an open included file is validated on its own
      }
      void connection.sendDiagnostics({ uri: file, version: file === uri ? version : undefined, diagnostics: list });
    }
    for (const old of previous) if (!now.has(old) && !documents.get(old)) void connection.sendDiagnostics({ uri: old, diagnostics: [] });
    published.set(uri, now);
  }

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}

function toLsp(d: Diagnostic, pos: (o: number) => { line: number; character: number }, runtime: Runtime): LspDiagnostic {
  const href = runtime.docsLink(d.code);
  return {
    range: { start: pos(d.start), end: pos(d.end) },
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'zonemail',
    message: d.message,
    ...(d.data !== undefined ? { data: d.data } : {}),
  };
}
