/**
 * The language server: thin glue between LSP and the pure core. Runtime specifics (file access,
 * the docs location) come in through `Runtime`, so a browser-worker entry can reuse this file.
 *
 * Validation is debounced per document, and a result is published only if the document's version
 * is still the one analysed (stale results are dropped).
 *
 * SOA serial (`stale-serial`, `serial-decreased`): each document is compared with a baseline — the
 * file at git HEAD when the runtime can read it (`Runtime.baseline`), else the text the document had
 * when it was opened, replaced on every save. The bump (quick fix, code lens, the command
 * `zonemail.bumpSerial`, bump on save) is computed here with the pure `planSerialBump` and sent as a
 * WorkspaceEdit of only the serial's digits.
 */
import {
  type CodeAction,
  CodeActionKind,
  type CodeLens,
  type Connection,
  type Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  RequestType,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  type DocumentSymbol,
  type SelectionRange,
  SymbolKind,
  DocumentHighlightKind,
  CompletionItemKind,
  InsertTextFormat,
  InlayHintKind,
  ResponseError,
  type Location,
  FoldingRangeKind,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeZone, originFromFileName, type SeverityOverrides, type ZoneAnalysis } from './core/analyze';
import { isSubdomain } from './core/names';
import { parseZone, type ParseResult } from './core/parser';
import { detectKind, mcMapFiles, namedClassFiles, parseFileGlobs, type ClassLetter, type FileGlob, type MapFlavor } from './core/kind';
import { needsBump, planSerialBump, type SerialEdit } from './core/bump';
import { quickFixes } from './core/fixes';
import { forwardZonesOf, mailHostReverseNames } from './core/reverse';
import { LineIndex } from './core/lines';
import { dayOf, describeSerial, type SerialFormat } from './core/serial';
import { hover } from './core/features/hover';
import { documentSymbols, foldingRanges, selectionRanges, type ZoneSymbol } from './core/features/symbols';
import { complete } from './core/features/completion';
import { formatZone } from './core/features/format';
import { inlayHints, semanticTokens, type TokenRole } from './core/features/tokens';
import { documentLinks } from './core/features/links';
import { aliasIncludeLinks, parseAliases } from './core/sendmail/aliases';
import { definitionAt, nameAt, occurrences, prepareRename, referencesAt, renameAt, workspaceSymbols, type Place } from './core/features/navigation';
import type { Diagnostic, FileHost, Severity } from './core/types';
import { analyzeSendmailDocument, isSendmailLanguage, sendmailHoverAt, workspaceMailIndex } from './sendmail';
import { mailDomainKeys, mxFromRecords, type MailIndex } from './core/sendmail/workspace';

/** A baseline text for the serial checks: the file at git HEAD, or as opened / last saved. */
export interface BaselineSource {
  text: string;
  /** For messages: "HEAD 1a2b3c4", "the file as opened". */
  label: string;
  /** Reads the baseline's $INCLUDEd files (by URI). */
  host?: FileHost;
}

/** The command (server-side, `workspace/executeCommand`) that bumps a zone's SOA serial; argument: the document URI. */
export const BUMP_COMMAND = 'zonemail.bumpSerial';

export interface SerialBumpParams {
  uri: string;
  /** Only when records changed and the serial did not move (needsBump). */
  ifStale?: boolean;
}

export interface SerialBumpResult {
  /** The file holding the SOA (the document, or an $INCLUDEd file). */
  file: string;
  old: number;
  serial: number;
  note?: string;
  /** True when the serial is stale or decreased against the baseline. */
  stale: boolean;
  /** The edit of only the serial's digits. */
  edit: WorkspaceEdit;
}

/** Custom request: the zone that reads `uri` through $INCLUDE (an open document, else a file on disk in the workspace), or null. */
export const IncludedByRequest = new RequestType<{ uri: string }, string | null, void>('zonemail/includedBy');

/** Custom request: the bump of a document's SOA serial as an edit (not applied), or null (no SOA; or not stale with ifStale). */
export const SerialBumpRequest = new RequestType<SerialBumpParams, SerialBumpResult | null, void>('zonemail/serialBump');

export interface Runtime {
  /** Read a file by URI (for $INCLUDE); undefined when it cannot be read. */
  readFile(uri: string): string | undefined;
  /** Resolve a relative path against the directory of the file `fromUri`, giving a URI. */
  resolve(fromUri: string, relative: string): string;
  /** Link to a code's section of docs/diagnostics.md, or undefined. */
  docsLink(code: string): string | undefined;
  /** The clock (ms since 1970), for time-based checks; default Date.now (tests pin it). */
  now?(): number;
  /**
   * The document's baseline from version control (node: the file at git HEAD), or undefined when
   * there is none (not in a work tree, not committed yet, not a file). Called on every analysis: the
   * runtime caches (see node/server.ts).
   */
  baseline?(uri: string): BaselineSource | undefined | Promise<BaselineSource | undefined>;
  /** Files under a workspace folder (URIs), for definition and workspace symbols across zone files. */
  listFiles?(folderUri: string): string[];
}

export interface SerialSettings {
  /** Where the baseline comes from: git HEAD else the text as opened/saved; only the latter; none. */
  baseline: 'git-or-open' | 'open' | 'off';
  bumpOnSave: 'off' | 'ask' | 'auto';
  format: 'auto' | SerialFormat;
  counterStart: number;
}

export interface Settings {
  origin: string;
  severity: Record<string, Severity | 'off'>;
  maxPerFile: number;
  serial: SerialSettings;
  /** Inlay hints in zone files (zonemail.inlayHints.*). */
  inlayHints?: { absoluteNames?: boolean; ttl?: boolean };
  /** zonemail.mail.hostName: the mail host the workspace's sendmail files belong to (backup/primary MX checks). */
  mail?: { hostName?: string };
  /** zonemail.sendmail.files: the user's `{ "glob": "kind" }` patterns (core/kind.ts parseFileGlobs). */
  sendmail?: { files?: Record<string, string> };
}

const SERIAL_DEFAULTS: SerialSettings = { baseline: 'git-or-open', bumpOnSave: 'off', format: 'auto', counterStart: 1 };
const DEFAULTS: Settings = { origin: '', severity: {}, maxPerFile: 1000, serial: SERIAL_DEFAULTS };

function oneOf<T extends string>(v: unknown, values: readonly T[], fallback: T): T {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback;
}

function serialSettings(v: unknown): SerialSettings {
  const s = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const start = typeof s.counterStart === 'number' && Number.isInteger(s.counterStart) && s.counterStart >= 0 && s.counterStart <= 99 ? s.counterStart : SERIAL_DEFAULTS.counterStart;
  return {
    baseline: oneOf(s.baseline, ['git-or-open', 'open', 'off'], SERIAL_DEFAULTS.baseline),
    bumpOnSave: oneOf(s.bumpOnSave, ['off', 'ask', 'auto'], SERIAL_DEFAULTS.bumpOnSave),
    format: oneOf(s.format, ['auto', 'date', 'unixtime', 'counter'], SERIAL_DEFAULTS.format),
    counterStart: start,
  };
}

/** Semantic token roles of the core → LSP standard token types (so every theme colours them). */
const TOKEN_TYPES = ['variable', 'type', 'keyword', 'namespace', 'number', 'string', 'macro'] as const;
const ROLE_TYPE: Record<TokenRole, number> = { owner: 0, type: 1, class: 2, name: 3, number: 4, string: 5, directive: 6 };

const SERIAL_CODES = new Set(['stale-serial', 'serial-decreased']);
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
  /**
   * The files each open zone document's last analysis read through $INCLUDE. An included file
   * open in the editor is analysed as part of the zone that includes it: alone it has no SOA, no
   * origin and no $TTL, and would show errors that are not there.
   */
  const includers = new Map<string, Set<string>>();

  /** The open zone documents whose analyses read `uri` through $INCLUDE, in order of opening. */
  function zonesIncluding(uri: string): string[] {
    return documents.all().filter((d) => d.uri !== uri && includers.get(d.uri)?.has(uri) && !isSendmailLanguage(d.languageId)).map((d) => d.uri);
  }

  /** The open document whose analysis reads `uri` through $INCLUDE (the first one, in order of opening), or undefined. */
  function rootOf(uri: string): string | undefined {
    return zonesIncluding(uri)[0];
  }

  /**
   * Included file → the zone file on disk (under the workspace folders, not open) that $INCLUDEs it,
   * from a scan of the workspace's zone files that mention $INCLUDE, redone at most every 5 s.
   */
  let diskIncludes: { at: number; roots: Map<string, string> } | undefined;
  const noRead: FileHost = { readFile: () => undefined, resolve: (from, rel) => runtime.resolve(from, rel) };

  /**
   * The zone files on disk under the workspace folders (by name and first line; at most 4 MB) with
   * their text, each once; `skip` is asked before a file is read.
   */
  function* workspaceZoneFiles(skip: (uri: string) => boolean = () => false): Generator<{ uri: string; text: string }> {
    if (!runtime.listFiles) return;
    const seen = new Set<string>();
    for (const folder of workspaceFolders) {
      for (const f of runtime.listFiles(folder)) {
        if (seen.has(f) || skip(f)) continue;
        seen.add(f);
        const text = runtime.readFile(f);
        if (text === undefined || text.length > 4_000_000 || detectKind(f, text.slice(0, 1024)) !== 'dns-zone') continue;
        yield { uri: f, text };
      }
    }
  }

  /** The zone file on disk that $INCLUDEs `uri` (for a fragment opened without its zone), or undefined. */
  function diskRootOf(uri: string): string | undefined {
    if (!runtime.listFiles) return undefined;
    const t = now();
    if (!diskIncludes || t - diskIncludes.at >= 5000 || t < diskIncludes.at) {
      const roots = new Map<string, string>();
      // Open zones too (as saved): the scan is kept for 5 s and they may close meanwhile; while
      // open, rootOf answers for them first.
      for (const { uri: f, text } of workspaceZoneFiles()) {
        if (!/\$INCLUDE/i.test(text)) continue;
        // The directives only: included files are not read here.
        for (const d of parseZone(text, { file: f, origin: originFromFileName(f), host: noRead, maxGenerate: 0 }).directives) {
          if (d.name === '$INCLUDE' && d.value !== undefined && !roots.has(d.value)) roots.set(d.value, f);
        }
      }
      diskIncludes = { at: t, roots };
    }
    const r = diskIncludes.roots.get(uri);
    return r !== undefined && r !== uri ? r : undefined;
  }

  /**
   * Fragments open without their zone: the analysis of the zone file on disk that includes them
   * (reading the fragment as shown), by fragment, for the document version it was made for.
   */
  const diskRootAnalyses = new Map<string, { version: number; analysis: ZoneAnalysis }>();

  /** The "as opened" baselines: the text at open, replaced on save. */
  const opened = new Map<string, { text: string; label: string }>();

  connection.onInitialize((params): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    inlayRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false }, willSaveWaitUntil: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [BUMP_COMMAND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: ['$'] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: ['declaration'] }, full: true, range: true },
        inlayHintProvider: true,
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'zonemail' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    invalidate();
    if (inlayRefresh) void connection.languages.inlayHint.refresh();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  async function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return DEFAULTS;
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'zonemail' }).then(
        (s: (Partial<Settings> & { diagnostics?: { severity?: unknown; maxPerFile?: unknown } }) | null) => {
          // package.json declares zonemail.diagnostics.severity / .maxPerFile; a top-level
          // severity / maxPerFile (an older shape some editor configurations may use) is still read.
          const severity = s?.diagnostics?.severity ?? s?.severity;
          const maxPerFile = s?.diagnostics?.maxPerFile ?? s?.maxPerFile;
          return {
          origin: typeof s?.origin === 'string' ? s.origin : DEFAULTS.origin,
          severity: severity && typeof severity === 'object' ? severity as Settings['severity'] : DEFAULTS.severity,
          maxPerFile: typeof maxPerFile === 'number' && maxPerFile > 0 ? maxPerFile : DEFAULTS.maxPerFile,
          serial: serialSettings(s?.serial),
          inlayHints: s?.inlayHints && typeof s.inlayHints === 'object' ? s.inlayHints : undefined,
          mail: s?.mail && typeof s.mail === 'object' && typeof s.mail.hostName === 'string' ? { hostName: s.mail.hostName } : undefined,
          sendmail: s?.sendmail && typeof s.sendmail === 'object' && s.sendmail.files && typeof s.sendmail.files === 'object' ? { files: s.sendmail.files } : undefined,
          };
        },
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

  const now = (): number => (runtime.now ? runtime.now() : Date.now());

  /** The baseline a document is compared with, per the setting zonemail.serial.baseline. */
  async function baselineFor(uri: string, settings: Settings): Promise<BaselineSource | undefined> {
    if (settings.serial.baseline === 'off') return undefined;
    if (settings.serial.baseline === 'git-or-open' && runtime.baseline) {
      try {
        const b = await runtime.baseline(uri);
        if (b) return b;
      } catch (e) {
        connection.console.error(`zonemail: baseline of ${uri}: ${(e as Error).message ?? e}`);
      }
    }
    const o = opened.get(uri);
    return o ? { text: o.text, label: o.label, host } : undefined;
  }

  /**
   * The apex SOA serial of each document's last analysis, for the code lens (VS Code asks for lenses
   * after every change, right after the validation): kept small, the analysis itself is not kept.
   */
  const serials = new Map<string, { version: number; soa?: { file: string; serial: number; start: number; end: number } }>();

  let workspaceFolders: string[] = [];
  /** The client can be told to ask for inlay hints again (after zonemail.inlayHints.* changed). */
  let inlayRefresh = false;
  const diskParses = new Map<string, { text: string; parse: ParseResult; deps: [string, string | undefined][] }>();

  /** The last analysis of each open document, for hover and navigation (core/features/*). */
  const analyses = new Map<string, { version: number; text: string; analysis: ZoneAnalysis; settings: Settings }>();

  /** The analysis of a document's current version (analysing it now when the last one is older). */
  async function current(uri: string): Promise<{ doc: TextDocument; text: string; analysis: ZoneAnalysis } | undefined> {
    for (let i = 0; i < 2; i++) {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      // An included file: the analysis of the zone that includes it, which read this document's text
      // (the root's analysis is dropped whenever an open file it includes changes).
      const root = rootOf(uri);
      const viaDisk = root === undefined ? diskRootAnalyses.get(uri) : undefined;
      if (viaDisk && viaDisk.version === doc.version) return { doc, text: doc.getText(), analysis: viaDisk.analysis };
      const src = root !== undefined ? documents.get(root) : doc;
      if (!src) return undefined;
      const a = analyses.get(src.uri);
      if (a && a.version === src.version) return { doc, text: root !== undefined ? doc.getText() : a.text, analysis: a.analysis };
      await analyse(src.uri);
    }
    return undefined;
  }

  /**
   * Analyses under way, by document: the requests VS Code sends after each edit (semantic tokens,
   * inlay hints, folding, outline …) share one analysis of the version instead of one each.
   */
  const inflight = new Map<string, { version: number; p: Promise<{ doc: TextDocument; analysis: ZoneAnalysis; settings: Settings } | undefined> }>();

  function analyse(uri: string): Promise<{ doc: TextDocument; analysis: ZoneAnalysis; settings: Settings } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const f = inflight.get(uri);
    if (f && f.version === doc.version) return f.p;
    const p = analyseNow(uri).finally(() => { if (inflight.get(uri)?.p === p) inflight.delete(uri); });
    inflight.set(uri, { version: doc.version, p });
    return p;
  }

  /** Analyses and baselines may be out of date after a save or a settings change: analyse anew. */
  function invalidate(uri?: string): void {
    if (uri === undefined) { analyses.clear(); inflight.clear(); } else { analyses.delete(uri); inflight.delete(uri); }
  }

  /**
   * The analysis of an open document with its settings and baseline, or undefined when the document
   * is gone or changed meanwhile (the caller asks again) or the analysis failed.
   */
  async function analyseNow(uri: string): Promise<{ doc: TextDocument; analysis: ZoneAnalysis; settings: Settings } | undefined> {
    const doc = documents.get(uri);
    if (!doc || isSendmailLanguage(doc.languageId)) return undefined;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const baseline = await baselineFor(uri, settings);
    const current = documents.get(uri);
    if (!current || current.version !== version) return undefined; // a newer change will validate again
    try {
      const analysis = analyzeZone(doc.getText(), {
        file: uri,
        origin: settings.origin || undefined,
        originMode: 'fallback',
        now: now(),
        host,
        severity: settings.severity as SeverityOverrides,
        maxPerFile: settings.maxPerFile,
        baseline,
        mailDomains: mailDomainsOfWorkspace(),
        forwardZones: forwardZonesOf(() => otherParses(uri), uri),
      });
      const soa = analysis.model.get(analysis.model.apex, 'SOA')[0];
      const rd = soa?.rdata as { serial: number; serialStart: number; serialEnd: number } | undefined;
      serials.set(uri, { version, soa: soa && rd ? { file: soa.file, serial: rd.serial, start: rd.serialStart, end: rd.serialEnd } : undefined });
      const before = analyses.get(uri)?.analysis.model.apex;
      analyses.set(uri, { version, text: doc.getText(), analysis, settings });
      // A new apex: the zones that read this one under its new name are checked too.
      if (before !== undefined && before !== analysis.model.apex) recheckReverseZones(uri);
      // The files read, and those named by an $INCLUDE that could not be read (yet): opened, they are read.
      const included = new Set(analysis.parse.files);
      for (const d of analysis.parse.directives) if (d.name === '$INCLUDE' && d.value !== undefined) included.add(d.value);
      included.delete(uri);
      includers.set(uri, included);
      return { doc, analysis, settings };
    } catch (e) {
      connection.console.error(`zonemail: analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  /** The serial bump of an analysed document, as an LSP edit of the SOA's file. */
  function bumpOf(analysis: ZoneAnalysis, settings: Settings): { plan: SerialEdit; edit: TextEdit } | undefined {
    const t = now();
    const plan = planSerialBump(analysis, {
      today: dayOf(t),
      nowSeconds: Math.floor(t / 1000),
      format: settings.serial.format === 'auto' ? undefined : settings.serial.format,
      counterStart: settings.serial.counterStart,
    });
    if (!plan) return undefined;
    const open = documents.get(plan.file);
    let pos: (o: number) => { line: number; character: number };
    if (open) pos = (o) => open.positionAt(o);
    else {
      const li = new LineIndex(host.readFile(plan.file) ?? '');
      pos = (o) => li.position(o);
    }
    return { plan, edit: { range: { start: pos(plan.start), end: pos(plan.end) }, newText: String(plan.serial) } };
  }

  async function serialBump(uri: string, ifStale: boolean): Promise<SerialBumpResult | null> {
    let a = await analyse(uri);
    // The document changed while it was analysed: once more with the newest text.
    if (!a && documents.get(uri)) a = await analyse(uri);
    if (!a) return null;
    const stale = needsBump(a.analysis);
    if (ifStale && !stale) return null;
    const b = bumpOf(a.analysis, a.settings);
    if (!b) return null;
    return { file: b.plan.file, old: b.plan.old, serial: b.plan.serial, note: b.plan.note, stale, edit: { changes: { [b.plan.file]: [b.edit] } } };
  }

  /** Sendmail files (core/sendmail): the document alone, maps typed by the .mc files in view. */
  async function validateSendmail(doc: TextDocument): Promise<void> {
    const { uri, version } = doc;
    const settings = await settingsFor(uri);
    const cur = documents.get(uri);
    if (!cur || cur.version !== version || !isSendmailLanguage(cur.languageId)) return;
    const a = analyzeSendmailDocument(uri, cur.languageId, cur.getText(), { severity: settings.severity as SeverityOverrides, maxPerFile: settings.maxPerFile, mcTexts: mcTextsFor(uri), workspace: mailIndex(settings.mail?.hostName, settings.sendmail?.files), classFiles: mailIndexCache?.classFiles, globs: mailIndexCache?.globs });
    void connection.sendDiagnostics({ uri, version, diagnostics: a.diagnostics.map((d) => toLsp(d, (o) => cur.positionAt(o), runtime)) });
  }

  /**
   * The mail host's index (core/sendmail/workspace.ts) over the sendmail files of the workspace
   * folders (runtime.listFiles) and the open sendmail documents (their text as shown): rebuilt when a
   * sendmail document changes, else at most every 2 s. Feeds virtuser-domain-not-local and the zone
   * side's mail-domain-without-mx (mailDomains).
   */
  let mailIndexCache: { at: number; index: MailIndex; classFiles: Map<string, ClassLetter>; hostName?: string; filesKey: string; files?: Record<string, string>; globs: FileGlob[] } | undefined;
  /**
   * `hostName`, `filesSetting`: the settings zonemail.mail.hostName and zonemail.sendmail.files of the
   * document asking (undefined: the last ones given).
   */
  function mailIndex(hostName: string | undefined = mailIndexCache?.hostName, filesSetting: Record<string, string> | undefined = mailIndexCache?.files): MailIndex {
    const t = now();
    const filesKey = JSON.stringify(filesSetting ?? {});
    if (mailIndexCache && mailIndexCache.hostName === hostName && mailIndexCache.filesKey === filesKey && t >= mailIndexCache.at && t - mailIndexCache.at < 2000) return mailIndexCache.index;
    const globs = parseFileGlobs(filesSetting).globs;
    const decode = (u: string): string => { try { return decodeURIComponent(u); } catch { return u; } };
    const files = new Map<string, string>();
    const listed = runtime.listFiles ? workspaceFolders.flatMap((folder) => runtime.listFiles!(folder)) : [];
    const textOf = (f: string): string | undefined => {
      const text = documents.get(f)?.getText() ?? runtime.readFile(f);
      return text !== undefined && text.indexOf('\0') < 0 && text.length < 4_000_000 ? text : undefined;
    };
    // The .mc files first: they name map files (FEATURE(`virtusertable', `btree /etc/mail/domainaliases')).
    // The .mc and .cf files also name class files (Fw/etc/mail/mydomains, GENERICS_DOMAIN_FILE).
    const mcMaps = new Map<string, MapFlavor>();
    const classFiles = new Map<string, ClassLetter>();
    for (const f of listed) {
      const kind = detectKind(decode(f), '', { globs });
      if (kind !== 'sendmail-mc' && kind !== 'sendmail-cf') continue;
      const text = textOf(f);
      if (text === undefined) continue;
      files.set(f, text);
      if (kind === 'sendmail-mc') for (const [k, v] of mcMapFiles(text)) mcMaps.set(k, v);
      for (const [k, v] of namedClassFiles(text, kind)) classFiles.set(k, v);
    }
    for (const f of listed) {
      if (files.size >= 500) break;
      const k = detectKind(decode(f), '', { mcMaps, classFiles, globs });
      if (k === undefined || k === 'dns-zone' || files.has(f)) continue;
      const text = textOf(f);
      if (text !== undefined) files.set(f, text);
    }
    for (const d of documents.all()) if (isSendmailLanguage(d.languageId)) files.set(d.uri, d.getText());
    const index = workspaceMailIndex([...files].map(([uri, text]) => ({ uri, text, languageId: documents.get(uri)?.languageId })), hostName, globs);
    // The zones' MX records (open analyses and the workspace's zone files), for the backup/primary MX checks.
    if (index.classWSources.length > 0) {
      for (const [, a] of analyses) mxFromRecords(a.analysis.parse.records, index.mx);
      for (const p of otherParses('')) mxFromRecords(p.records, index.mx);
    }
    mailIndexCache = { at: t, index, classFiles, hostName, filesKey, files: filesSetting, globs };
    return index;
  }
  function mailDomainsOfWorkspace(): Set<string> | undefined {
    const d = mailDomainKeys(mailIndex());
    return d.size > 0 ? d : undefined;
  }

  /** The edit that appends a domain to a local-host-names file (data: {domain, addTo}). */
  function addToClassW(data: unknown): { title: string; edit: WorkspaceEdit } | undefined {
    const cls = (data as { className?: unknown } | undefined)?.className === 'G' ? 'G' : 'w';
    return appendLine(data, (domain) => domain, (domain, base) => `Add ${domain} to ${base} (class ${cls})`);
  }

  /** An edit that appends a line to another file of the workspace (data: {domain, addTo: its URI}). */
  function appendLine(data: unknown, line: (domain: string) => string, title: (domain: string, base: string) => string): { title: string; edit: WorkspaceEdit } | undefined {
    const { domain, addTo } = (data ?? {}) as { domain?: unknown; addTo?: unknown };
    if (typeof domain !== 'string' || typeof addTo !== 'string') return undefined;
    const open = documents.get(addTo);
    const text = open?.getText() ?? host.readFile(addTo);
    if (text === undefined) return undefined;
    const eol = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
    const at = open ? open.positionAt(text.length) : new LineIndex(text).position(text.length);
    const newText = `${text === '' || text.endsWith('\n') ? '' : eol}${line(domain)}${eol}`;
    const base = addTo.slice(addTo.lastIndexOf('/') + 1);
    let shown = base;
    try { shown = decodeURIComponent(base); } catch { /* as written */ }
    return { title: title(domain, shown), edit: { changes: { [addTo]: [{ range: { start: at, end: at }, newText }] } } };
  }

  /** The .mc texts that may name a map document: the open .mc documents and the sendmail.mc beside it. */
  function mcTextsFor(uri: string): string[] {
    const mcTexts = documents.all().filter((d) => d.languageId === 'sendmail-mc').map((d) => d.getText());
    try {
      const sibling = host.readFile(runtime.resolve(uri, 'sendmail.mc'));
      if (sibling !== undefined) mcTexts.push(sibling);
    } catch {
      // no directory (untitled): only the open .mc documents
    }
    return mcTexts;
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    if (isSendmailLanguage(doc.languageId)) return validateSendmail(doc);
    // An included file's diagnostics come with those of the zone that includes it.
    const root = rootOf(uri);
    if (root !== undefined) return validateZone(root);
    if (await validateWithDiskRoot(uri)) return;
    return validateZone(uri);
  }

  /**
   * A fragment (no SOA of its own) open without its zone, when a zone file on disk includes it:
   * analysed as part of that zone (read from disk, the fragment as shown); only the fragment's
   * diagnostics are published. False when it is no such fragment.
   */
  async function validateWithDiskRoot(uri: string): Promise<boolean> {
    const doc = documents.get(uri);
    if (!doc || !runtime.listFiles || /\bIN\s+SOA\b|\sSOA\s/i.test(doc.getText())) return false;
    const rootUri = diskRootOf(uri);
    const rootText = rootUri !== undefined ? runtime.readFile(rootUri) : undefined;
    if (rootUri === undefined || rootText === undefined) { diskRootAnalyses.delete(uri); return false; }
    const version = doc.version;
    const settings = await settingsFor(rootUri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return true; // a newer change validates again
    if (rootOf(uri) !== undefined) return true; // a zone opened meanwhile includes it: that zone publishes for it
    let analysis: ZoneAnalysis;
    try {
      analysis = analyzeZone(rootText, {
        file: rootUri, origin: settings.origin || undefined, originMode: 'fallback', now: now(), host,
        severity: settings.severity as SeverityOverrides, maxPerFile: settings.maxPerFile, mailDomains: mailDomainsOfWorkspace(),
        forwardZones: forwardZonesOf(() => otherParses(rootUri), rootUri),
      });
    } catch (e) {
      connection.console.error(`zonemail: analysis of ${rootUri} failed: ${(e as Error).stack ?? e}`);
      return false;
    }
    if (!analysis.parse.files.includes(uri)) { diskRootAnalyses.delete(uri); return false; }
    diskRootAnalyses.set(uri, { version, analysis });
    const diagnostics = analysis.diagnostics.filter((d) => d.file === uri).map((d) => toLsp(d, (o) => doc.positionAt(o), runtime));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    return true;
  }

  /** Analyse a zone document and publish its diagnostics, and those of the files it includes. */
  async function validateZone(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    // The analysis a request already made of this version (none after a save or settings change).
    const cached = analyses.get(uri);
    const a = cached && cached.version === version ? { doc, analysis: cached.analysis, settings: cached.settings } : await analyse(uri);
    if (!a || a.doc.version !== version) return;
    // A zone opened meanwhile includes this document: that zone publishes for it now.
    if (rootOf(uri) !== undefined) return;
    const diagnostics: Diagnostic[] = a.analysis.diagnostics;
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
    // Open included files are this zone's when it is their root: clear what they showed alone.
    for (const f of includers.get(uri) ?? []) if (!byFile.has(f) && documents.get(f) && rootOf(f) === uri) byFile.set(f, []);
    const previous = published.get(uri) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, list] of byFile) {
      if (file !== uri) {
        if (documents.get(file) && rootOf(file) !== uri) continue; // another open zone includes it first
        now.add(file);
      }
      void connection.sendDiagnostics({ uri: file, version: file === uri ? version : documents.get(file)?.version, diagnostics: list });
    }
    for (const old of previous) {
      if (now.has(old)) continue;
      // No longer included (or no longer this zone's): an open file is validated again on its own.
      if (documents.get(old)) schedule(old, 0);
      else void connection.sendDiagnostics({ uri: old, diagnostics: [] });
    }
    published.set(uri, now);
  }

  /** The open documents whose analysis covers `uri`: itself, and the roots that $INCLUDE it. */
  function rootsOf(uri: string): string[] {
    return [...(documents.get(uri) ? [uri] : []), ...zonesIncluding(uri)];
  }

  connection.onCodeAction(async (params) => {
    if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
    const uri = params.textDocument.uri;
    // Fixes of the zone checks (core/fixes.ts), from the diagnostic's code, range and data.
    const checkFixes: CodeAction[] = [];
    const doc = documents.get(uri);
    if (doc) {
      const text = doc.getText();
      for (const d of params.context.diagnostics) {
        if (d.source !== 'zonemail' || typeof d.code !== 'string' || SERIAL_CODES.has(d.code)) continue;
        const fixes = quickFixes({ code: d.code, start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end), data: d.data }, text);
        for (const f of fixes) {
          checkFixes.push({
            title: f.title,
            kind: CodeActionKind.QuickFix,
            isPreferred: f.preferred,
            diagnostics: [d],
            edit: {
              documentChanges: [{
                textDocument: { uri, version: doc.version },
                edits: f.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
              }],
            },
          });
        }
        // Cross-file: add the domain to the workspace's local-host-names, a RELAY line to its access map, a PTR to a reverse zone.
        const other = d.code === 'virtuser-domain-not-local' || d.code === 'primary-mx-not-local' ? addToClassW(d.data)
          : d.code === 'backup-mx-no-relay' ? appendLine(d.data, (domain) => `To:${domain}\tRELAY`, (domain, base) => `Add "To:${domain} RELAY" to ${base}`)
            : d.code === 'mail-host-without-ptr' ? appendLine(d.data, (line) => line, (line, base) => `Add "${line.replace(' IN ', ' ')}" to ${base}`) : undefined;
        if (other) checkFixes.push({ ...other, kind: CodeActionKind.QuickFix, diagnostics: [d] });
      }
    }
    const wanted = params.context.diagnostics.filter((d) => d.source === 'zonemail' && typeof d.code === 'string' && SERIAL_CODES.has(d.code));
    if (wanted.length === 0) return checkFixes;
    for (const root of rootsOf(uri)) {
      const r = await serialBump(root, false);
      if (!r || r.file !== uri) continue;
      const action: CodeAction = {
        title: `Bump SOA serial to ${r.serial}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: wanted,
        edit: r.edit,
      };
      return [action, ...checkFixes];
    }
    return checkFixes;
  });

  connection.onCodeLens(async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return [];
    // An included file holding the SOA: its root's analysis knows it (an $INCLUDEd SOA file).
    const src = rootOf(uri) ?? uri;
    let info = serials.get(src);
    if (info?.version !== documents.get(src)?.version || analyses.get(src) === undefined) {
      await analyse(src);
      info = serials.get(src);
    }
    const cur = documents.get(uri);
    const soa = info?.soa;
    if (!cur || info?.version !== documents.get(src)?.version || !soa || soa.file !== uri) return [];
    const lens: CodeLens = {
      range: { start: cur.positionAt(soa.start), end: cur.positionAt(soa.end) },
      command: { title: `${soa.serial} · ${describeSerial(soa.serial)} · Bump serial`, command: BUMP_COMMAND, arguments: [uri] },
    };
    return [lens];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== BUMP_COMMAND) return null;
    const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
    if (!uri || !documents.get(uri)) {
      void connection.window.showWarningMessage('Zonemail: open a zone file to bump its SOA serial.');
      return null;
    }
    const r = await serialBump(uri, false);
    if (!r) {
      void connection.window.showWarningMessage('Zonemail: no readable SOA record at the zone apex; nothing to bump.');
      return null;
    }
    const applied = await connection.workspace.applyEdit({ label: `Bump SOA serial to ${r.serial}`, edit: r.edit });
    if (!applied.applied) {
      void connection.window.showWarningMessage(`Zonemail: the serial bump was not applied${applied.failureReason ? `: ${applied.failureReason}` : ''}.`);
      return null;
    }
    if (r.note) void connection.window.showInformationMessage(`Zonemail: serial ${r.old} → ${r.serial}: ${r.note}`);
    return { old: r.old, serial: r.serial, file: r.file, note: r.note };
  });

  connection.onHover(async (params) => {
    const sd = documents.get(params.textDocument.uri);
    if (sd && isSendmailLanguage(sd.languageId)) {
      const h = sendmailHoverAt(sd.uri, sd.languageId, sd.getText(), sd.offsetAt(params.position), mcTextsFor(sd.uri));
      return h ? { contents: { kind: 'markdown', value: h.contents }, range: { start: sd.positionAt(h.start), end: sd.positionAt(h.end) } } : null;
    }
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const h = hover({ parse: analysis.parse, model: analysis.model, file: doc.uri, text, otherZones: forwardZonesOf(() => otherParses(doc.uri), doc.uri) }, doc.offsetAt(params.position));
    return h ? { contents: { kind: 'markdown', value: h.contents }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } } : null;
  });

  connection.onDocumentSymbol(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const kinds = { owner: SymbolKind.Namespace, record: SymbolKind.Field, directive: SymbolKind.Key } as const;
    const toLsp = (z: ZoneSymbol): DocumentSymbol => ({
      name: z.name, detail: z.detail, kind: kinds[z.kind],
      range: { start: doc.positionAt(z.start), end: doc.positionAt(z.end) },
      selectionRange: { start: doc.positionAt(z.selectionStart), end: doc.positionAt(z.selectionEnd) },
      children: z.children.map(toLsp),
    });
    return documentSymbols(analysis.parse, doc.uri, text, analysis.origin).map(toLsp);
  });

  connection.onFoldingRanges(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    return foldingRanges(analysis.parse, doc.uri, text).map((f) => ({
      startLine: doc.positionAt(f.start).line, endLine: doc.positionAt(f.end).line,
      ...(f.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}),
    })).filter((f) => f.endLine > f.startLine);
  });

  // Document links: the file name of each $INCLUDE opens the included file; in an aliases file,
  // each absolute :include: path opens the list file.
  connection.onDocumentLinks(async (params) => {
    const sd = documents.get(params.textDocument.uri);
    if (sd && sd.languageId === 'sendmail-aliases') {
      const text = sd.getText();
      return aliasIncludeLinks(parseAliases(text), text).map((l) => ({
        range: { start: sd.positionAt(l.start), end: sd.positionAt(l.end) },
        target: runtime.resolve(sd.uri, l.path),
        tooltip: 'Open the :include: file',
      }));
    }
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, analysis } = c;
    // A document that is not a file (untitled) has no directory: its includes resolve to no URI.
    return documentLinks(analysis.parse, doc.uri).filter((l) => /^[a-z][a-z0-9+.-]*:/i.test(l.target)).map((l) => ({
      range: { start: doc.positionAt(l.start), end: doc.positionAt(l.end) },
      target: l.target,
      tooltip: 'Open the included file',
    }));
  });

  connection.onSelectionRanges(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    return params.positions.map((p) => {
      const ranges = selectionRanges(analysis.parse, doc.uri, text, doc.offsetAt(p));
      let parent: SelectionRange | undefined;
      for (let i = ranges.length - 1; i >= 0; i--) parent = { range: { start: doc.positionAt(ranges[i].start), end: doc.positionAt(ranges[i].end) }, parent };
      return parent!;
    });
  });

  /** LSP position of an offset in any file: the open document, else the file as read by the host. */
  function positionIn(file: string): (o: number) => { line: number; character: number } {
    const open = documents.get(file);
    if (open) return (o) => open.positionAt(o);
    const li = new LineIndex(host.readFile(file) ?? '');
    return (o) => li.position(o);
  }
  function locations(places: readonly Place[]): Location[] {
    const pos = new Map<string, (o: number) => { line: number; character: number }>();
    return places.map((p) => {
      let f = pos.get(p.file);
      if (!f) pos.set(p.file, (f = positionIn(p.file)));
      return { uri: p.file, range: { start: f(p.start), end: f(p.end) } };
    });
  }
  const textOf = (file: string) => host.readFile(file);
  /**
   * The parses of the other zone files of the workspace: the open documents' analyses, and the
   * zone files on disk under the workspace folders (parsed only, with the origin their name
   * suggests; cached while their text is unchanged).
   */
  /**
   * A parse of another zone file (open or on disk) for navigation and ptr-mismatch, cached while its
   * text and the texts of the files it $INCLUDEd (read through `host`: open ones as shown) are the same.
   */
  function cachedParse(uri: string, text: string, origin: string | undefined): ParseResult {
    const c = diskParses.get(uri);
    if (c && c.text === text && c.deps.every(([f, t]) => host.readFile(f) === t)) return c.parse;
    const parse = parseZone(text, { file: uri, origin, host, maxGenerate: 10_000 });
    const deps = parse.files.slice(1).map((f): [string, string | undefined] => [f, host.readFile(f)]);
    diskParses.set(uri, { text, parse, deps });
    return parse;
  }

  /** The other zone files: open zone documents as they are now, then the workspace's on disk (at most 500 in all). */
  function otherParses(uri: string): ParseResult[] {
    const out: ParseResult[] = [];
    for (const d of documents.all()) {
      if (d.uri === uri || isSendmailLanguage(d.languageId)) continue;
      const a = analyses.get(d.uri);
      // Its last analysis when it is of this version; else its text (a document just opened or edited).
      if (a && a.version === d.version) out.push(a.analysis.parse);
      else out.push(cachedParse(d.uri, d.getText(), a?.analysis.origin ?? originFromFileName(d.uri)));
    }
    for (const { uri: f, text } of diskZoneTexts()) {
      if (f === uri || documents.get(f) !== undefined) continue;
      out.push(cachedParse(f, text, originFromFileName(f)));
      if (out.length >= 500) return out;
    }
    return out;
  }

  /**
   * The workspace's zone files as read from disk, kept for 5 s: every validation of a zone with PTR
   * or MX records asks for the other zones, and listing and reading a large workspace each time
   * costs ~100 ms (400 files, 52 MB).
   */
  let diskZones: { at: number; files: { uri: string; text: string }[] } | undefined;
  function diskZoneTexts(): { uri: string; text: string }[] {
    const t = now();
    if (!diskZones || t - diskZones.at >= 5000 || t < diskZones.at) diskZones = { at: t, files: [...workspaceZoneFiles()] };
    return diskZones.files;
  }

  /**
   * A zone changed (edited, opened, closed): the open zones that read it are checked again. Zones
   * with PTR records whose targets lie in it (ptr-mismatch), and, when it is a reverse zone, zones
   * whose mail hosts' addresses it covers (mail-host-without-ptr). Which those are: from its apex as
   * last analysed; when it has no analysis yet, every open zone with PTR or MX records.
   */
  function recheckReverseZones(changed: string): void {
    // An included file changes its zone: that zone's apex (a fragment has no analysis of its own).
    const root = analyses.has(changed) ? changed : rootOf(changed);
    const apex = root !== undefined ? analyses.get(root)?.analysis.model.apex : undefined;
    const reverseApex = apex !== undefined && (apex.endsWith('.in-addr.arpa.') || apex.endsWith('.ip6.arpa.'));
    for (const [u, a] of analyses) {
      if (u === changed || u === root) continue;
      const model = a.analysis.model;
      const ptrs = model.ofType(12);
      const readsIt = apex === undefined ? ptrs.length > 0 || model.ofType(15).length > 0
        : ptrs.some((r) => {
          const t = (r.rdata as { target?: { key: string } } | undefined)?.target;
          return t !== undefined && isSubdomain(t.key, apex);
        }) || (reverseApex && mailHostReverseNames(model).some((n) => isSubdomain(n, apex)));
      if (!readsIt) continue;
      invalidate(u);
      schedule(u);
    }
  }

  connection.onDefinition(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    return locations(definitionAt(analysis.parse, doc.uri, text, doc.offsetAt(params.position), otherParses(doc.uri)));
  });

  connection.onReferences(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    return locations(referencesAt(analysis.parse, doc.uri, text, doc.offsetAt(params.position), textOf, params.context.includeDeclaration));
  });

  connection.onDocumentHighlight(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const n = nameAt(analysis.parse, doc.uri, text, doc.offsetAt(params.position));
    if (!n) return null;
    return occurrences(analysis.parse, n.key, textOf).filter((o) => o.file === doc.uri).map((o) => ({
      range: { start: doc.positionAt(o.start), end: doc.positionAt(o.end) },
      kind: o.role === 'owner' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  });

  connection.onPrepareRename(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const r = prepareRename(analysis.parse, doc.uri, text, doc.offsetAt(params.position));
    if ('error' in r) throw new ResponseError(-32803, r.error);
    return { range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) }, placeholder: r.placeholder };
  });

  connection.onRenameRequest(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const r = renameAt(analysis.parse, doc.uri, text, doc.offsetAt(params.position), params.newName, textOf, analysis.origin);
    if ('error' in r) throw new ResponseError(-32803, r.error);
    const changes: Record<string, TextEdit[]> = {};
    for (const e of r.edits) {
      const pos = positionIn(e.file);
      (changes[e.file] ??= []).push({ range: { start: pos(e.start), end: pos(e.end) }, newText: e.newText });
    }
    return { changes };
  });

  connection.onCompletion(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const kinds = { directive: CompletionItemKind.Keyword, type: CompletionItemKind.Class, class: CompletionItemKind.Enum, name: CompletionItemKind.Reference, value: CompletionItemKind.Value, snippet: CompletionItemKind.Snippet } as const;
    const items = complete({ parse: analysis.parse, model: analysis.model, file: doc.uri, text, origin: analysis.origin, today: dayOf(now()) }, doc.offsetAt(params.position));
    return items.map((i) => ({
      label: i.label, kind: kinds[i.kind], detail: i.detail,
      ...(i.documentation ? { documentation: { kind: 'markdown' as const, value: i.documentation } } : {}),
      insertTextFormat: i.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: { start: doc.positionAt(i.start), end: doc.positionAt(i.end) }, newText: i.insertText },
      ...(i.sortText ? { sortText: i.sortText } : {}),
    }));
  });

  /** Formatting needs only the text (core/features/format.ts): no analysis. */
  function formatEdits(uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): TextEdit[] | null {
    const doc = documents.get(uri);
    if (!doc || isSendmailLanguage(doc.languageId)) return null; // the zone formatter is for zone files only
    const text = doc.getText();
    const edits = range ? formatZone(text, {}, doc.offsetAt(range.start), doc.offsetAt(range.end)) : formatZone(text);
    return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
  }
  connection.onDocumentFormatting((params) => formatEdits(params.textDocument.uri));
  connection.onDocumentRangeFormatting((params) => formatEdits(params.textDocument.uri, params.range));

  async function tokensOf(uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }) {
    const c = await current(uri);
    if (!c) return { data: [] };
    const { doc, text, analysis } = c;
    const toks = semanticTokens(analysis.parse, doc.uri, text, range ? doc.offsetAt(range.start) : 0, range ? doc.offsetAt(range.end) : text.length);
    const data: number[] = [];
    let line = 0, char = 0;
    for (const t of toks) {
      const p = doc.positionAt(t.start);
      data.push(p.line - line, p.line === line ? p.character - char : p.character, t.end - t.start, ROLE_TYPE[t.role], t.role === 'owner' ? 1 : 0);
      line = p.line; char = p.character;
    }
    return { data };
  }
  connection.languages.semanticTokens.on((params) => tokensOf(params.textDocument.uri));
  connection.languages.semanticTokens.onRange((params) => tokensOf(params.textDocument.uri, params.range));

  connection.languages.inlayHint.on(async (params) => {
    const c = await current(params.textDocument.uri);
    if (!c) return null;
    const { doc, text, analysis } = c;
    const settings = await settingsFor(doc.uri);
    const hints = inlayHints(analysis.parse, doc.uri, text, settings.inlayHints ?? {}, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end));
    return hints.map((h) => ({
      position: doc.positionAt(h.offset), label: h.label, paddingLeft: h.kind === 'ttl' || h.label.startsWith('='),
      ...(h.kind === 'ttl' ? { kind: InlayHintKind.Parameter } : { kind: InlayHintKind.Type }),
      ...(h.tooltip ? { tooltip: h.tooltip } : {}),
    }));
  });

  connection.onWorkspaceSymbol(async (params) => {
    const found = workspaceSymbols(otherParses(''), params.query);
    const locs = locations(found);
    return found.map((s, i) => ({ name: s.name, kind: SymbolKind.Namespace, containerName: s.detail, location: locs[i] }));
  });

  connection.onRequest(SerialBumpRequest, (params) => serialBump(params.uri, params.ifStale === true));

  // Which zone reads a file through $INCLUDE (an open one, else one on disk in the workspace): the
  // client opens such a file as a zone file whatever its name (hosts.inc, Kexample.com.+013+12345.key).
  connection.onRequest(IncludedByRequest, async (params) => {
    // Zones opened a moment ago may not be analysed yet (a restored window opens them all at once).
    for (const d of documents.all()) if (!isSendmailLanguage(d.languageId) && !includers.has(d.uri)) await analyse(d.uri);
    return rootOf(params.uri) ?? diskRootOf(params.uri) ?? null;
  });

  // Bump on save, `auto`: only when records changed and the serial is stale, and only an SOA in
  // the saved document itself (an $INCLUDEd SOA file is left to the quick fix).
  documents.onWillSaveWaitUntil(async (e) => {
    const uri = e.document.uri;
    const settings = await settingsFor(uri);
    if (settings.serial.bumpOnSave !== 'auto') return [];
    const r = await serialBump(uri, true);
    if (!r || r.file !== uri) return [];
    return r.edit.changes?.[uri] ?? [];
  });

  documents.onDidOpen((e) => {
    opened.set(e.document.uri, { text: e.document.getText(), label: 'the file as opened' });
    // The zones that include it read it from the disk (or could not): they read the document now.
    for (const root of zonesIncluding(e.document.uri)) invalidate(root);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    // The zones that include this document read its text: their analyses are out of date now.
    for (const root of zonesIncluding(e.document.uri)) invalidate(root);
    schedule(e.document.uri);
    // A sendmail file changes what the mail host accepts: the other open documents are checked again.
    if (isSendmailLanguage(e.document.languageId)) {
      mailIndexCache = undefined;
      for (const d of documents.all()) if (d.uri !== e.document.uri) schedule(d.uri);
    } else {
      // A zone changes what the open reverse zones' PTR targets resolve to (ptr-mismatch).
      recheckReverseZones(e.document.uri);
    }
  });
  documents.onDidSave((e) => {
    diskZones = undefined; // the disk has changed: the other zones are read again
    // The "as opened" baseline moves on to what was saved; a git baseline may have moved too.
    opened.set(e.document.uri, { text: e.document.getText(), label: 'the last save' });
    invalidate(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    opened.delete(e.document.uri);
    serials.delete(e.document.uri);
    // Closed, a zone is what the disk says again (saved or not): the zones that read it are checked again.
    if (!isSendmailLanguage(e.document.languageId)) { diskZones = undefined; recheckReverseZones(e.document.uri); }
    analyses.delete(e.document.uri);
    diskRootAnalyses.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // A closed zone: the open files it included are validated on their own (or by another zone);
    // a closed included file: its zone publishes its diagnostics (as for files not open) again.
    const included = includers.get(e.document.uri);
    includers.delete(e.document.uri);
    // What the zone published for its included files that are not open goes with it.
    for (const f of published.get(e.document.uri) ?? []) if (!documents.get(f)) void connection.sendDiagnostics({ uri: f, diagnostics: [] });
    published.delete(e.document.uri);
    for (const f of included ?? []) if (documents.get(f)) schedule(f, 0);
    for (const root of zonesIncluding(e.document.uri)) { invalidate(root); schedule(root, 0); }
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
