/**
 * The façade of the zone analysis: text in, diagnostics (and the parse and model) out.
 * Used by the language server, the CLI, the benchmark and the tests alike.
 */
import { parseZone, type ParseResult, type ZoneRecord } from './parser';
import { diffWithBaseline, prepareBaseline, serialDiagnostics, type BaselineComparison, type PreparedBaseline } from './baseline';
import type { SoaRdata } from './rdata/api';
import { ZoneModel } from './model';
import { isSubdomain, nameKey, parseName } from './names';
import { releaseCheckCaches, ZONE_CHECKS } from './checks/index';
import type { CheckContext, OriginSource } from './checks/api';
import type { Diagnostic, FileHost, Severity } from './types';
import type { ForwardZones } from './reverse';

export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

export interface AnalyzeOptions {
  /** Path or URI of the zone file. */
  file: string;
  /** Zone name given by the user (CLI --origin, setting). */
  origin?: string;
  /**
   * 'authoritative': the given origin is the apex and initial origin, as named-checkzone's zone
   * argument (CLI on a named file). 'fallback' (default): used only when the file has no origin
   * of its own ($ORIGIN or an absolute SOA owner).
   */
  originMode?: 'authoritative' | 'fallback';
  host?: FileHost;
  severity?: SeverityOverrides;
  maxGenerate?: number;
  /**
   * A baseline to compare with (the file at git HEAD, or as it was opened): enables `stale-serial`
   * and `serial-decreased`. `host` reads the baseline's $INCLUDEd files.
   */
  baseline?: { text: string; label: string; host?: FileHost };
  /** The current time (ms since 1970), for the time-based checks (serial-in-future). */
  now?: number;
  /** Report at most this many diagnostics per file, plus one `too-many-diagnostics` (default: all). */
  maxPerFile?: number;
  /**
   * Names known to receive mail (canonical keys: `nameKey`, lower case, trailing dot), e.g. from the
   * workspace's sendmail files: `mail-domain-without-mx` is then a warning for them (see ARCHITECTURE.md).
   */
  mailDomains?: ReadonlySet<string>;
  /** The other zone files of the workspace (or of a CLI run), for ptr-mismatch (core/reverse.ts). */
  forwardZones?: ForwardZones;
}

export interface ZoneAnalysis {
  parse: ParseResult;
  model: ZoneModel;
  /** The apex, absolute. */
  origin: string;
  originSource: OriginSource;
  /** The comparison with the baseline, when one was given. */
  baseline?: BaselineComparison;
  /** Diagnostics for every file read (zone file and includes), sorted by file then offset. */
  diagnostics: Diagnostic[];
}

export function analyzeZone(text: string, options: AnalyzeOptions): ZoneAnalysis {
  const diagnostics: Diagnostic[] = [];
  const file = options.file;
  const given = normaliseOrigin(options.origin);
  const fromName = originFromFileName(file);
  const soaOwner = prescanSoaOwner(text);
  let initial: string | undefined;
  let initialSource: OriginSource;
  if (given !== undefined && options.originMode === 'authoritative') {
    initial = given; initialSource = 'override';
  } else if (soaOwner !== undefined) {
    initial = soaOwner; initialSource = 'soa';
  } else if (given !== undefined) {
    initial = given; initialSource = 'override';
  } else if (fromName !== undefined) {
    initial = fromName; initialSource = 'filename';
  } else {
    initial = undefined; initialSource = 'none';
  }
  const parse = parseZone(text, { file, origin: initial, host: options.host, maxGenerate: options.maxGenerate });
  diagnostics.push(...parse.diagnostics);

  // The apex: the override when authoritative, else the SOA owner, else the first $ORIGIN, else the initial origin.
  let origin: string | undefined;
  let originSource: OriginSource = initialSource;
  if (initialSource === 'override' && options.originMode === 'authoritative') {
    origin = initial;
  } else {
    const soa = parse.records.find((r) => r.typeCode === 6);
    const firstOrigin = parse.directives.find((d) => d.name === '$ORIGIN' && d.file === file);
    if (soa !== undefined) {
      origin = soa.owner;
      // An SOA owner resolved against an $ORIGIN comes from the file; one resolved against the
      // initial origin (`@` with no $ORIGIN) keeps that origin's source (e.g. a guessed file name).
      const originBefore = parse.directives.some((d) => d.name === '$ORIGIN' && d.file === soa.file && d.start < soa.ownerStart);
      if (originBefore) originSource = '$ORIGIN';
      else if (initial === undefined || soa.key !== nameKey(initial)) originSource = 'soa';
    }
    else if (firstOrigin?.value !== undefined) { origin = firstOrigin.value; originSource = '$ORIGIN'; }
    else origin = initial;
  }
  if (origin === undefined) {
    origin = '.';
    originSource = 'none';
    diagnostics.push({
      code: 'no-origin', severity: 'warning', file, start: 0, end: 0,
      message: 'no zone origin: the file has no $ORIGIN and no SOA, and its name does not name a zone; set zonemail.origin or pass --origin',
    });
  } else if (originSource === 'filename') {
    diagnostics.push({
      code: 'origin-guessed', severity: 'info', file, start: 0, end: 0,
      message: `zone origin guessed from the file name: ${origin} (set zonemail.origin or pass --origin to change it)`,
    });
  }

  const apex = nameKey(origin);
  const model = new ZoneModel(apex, parse.records, parse.originRuns);
  // One reader of the files' rdata text, shared by the checks and the baseline diff.
  const rdataText = rdataTextOf(file, text, options.host);
  const ctx: CheckContext = {
    model,
    parse,
    file,
    originSource,
    now: options.now,
    mailDomains: options.mailDomains,
    forwardZones: options.forwardZones,
    rdataText,
    report: () => undefined,
  };
  for (const check of ZONE_CHECKS) {
    ctx.report = (d) => diagnostics.push({ ...d, severity: d.severity ?? check.severity });
    try {
      check.run(ctx);
    } catch (e) {
      // A bug in one check must not cost the user the other diagnostics.
      diagnostics.push(checkFailed(check.code, file, e));
    }
  }
  releaseCheckCaches(model);
  let baseline: BaselineComparison | undefined;
  if (options.baseline !== undefined) {
    const b = options.baseline;
    const soa = model.get(apex, 'SOA')[0];
    if (b.text === text && parse.files.length === 1) {
      // Unchanged text (a file just opened, or committed as it is — every file of a CI run) without
      // includes: nothing to compare, and the baseline's serial is the one just read (the baseline
      // would parse the same text with the same options). Parsing it again was half of `check` on a
      // tree of zones in a git repository.
      const serial = (soa?.rdata as SoaRdata | undefined)?.serial;
      baseline = { label: b.label, serial, diff: { added: 0, removed: 0, examples: [], changedIncludes: new Map() } };
    } else {
      const prepared = preparedBaseline(b, file, initial, apex, options.maxGenerate);
      baseline = { label: b.label, serial: prepared.serial, diff: diffWithBaseline(prepared, model.records, rdataText, file) };
    }
    diagnostics.push(...serialDiagnostics(soa, baseline));
  }
  const result = applySeverity(diagnostics, options.severity);
  result.sort((a, b) => (a.file === b.file ? a.start - b.start || a.end - b.end : a.file === file ? -1 : b.file === file ? 1 : a.file < b.file ? -1 : 1));
  return { parse, model, origin, originSource, baseline, diagnostics: capPerFile(result, options.maxPerFile, options.severity) };
}

/** The diagnostic for a check that threw (zone and sendmail checks alike): the others still ran. */
export function checkFailed(code: string, file: string, e: unknown): Diagnostic {
  return {
    code: 'check-failed', severity: 'warning', file, start: 0, end: 0,
    message: `Zonemail's ${code} check failed on this file (${(e as Error)?.message ?? e}); the other checks ran — please report this`,
  };
}

/**
 * The baseline parsed and fingerprinted, cached while the same baseline (text, label, file, origin)
 * comes back — the language server re-checks a document on every edit against an unchanged baseline.
 * The label names the version (e.g. "HEAD 1a2b3c4"), so its included files are the same too.
 */
let baselineCache: { key: string; text: string; prepared: PreparedBaseline } | undefined;

function preparedBaseline(b: { text: string; label: string; host?: FileHost }, file: string, initial: string | undefined, apex: string, maxGenerate: number | undefined): PreparedBaseline {
  const key = `${file}\u0000${b.label}\u0000${initial ?? ''}\u0000${apex}\u0000${maxGenerate ?? ''}`;
  if (baselineCache !== undefined && baselineCache.key === key && baselineCache.text === b.text) return baselineCache.prepared;
  const bp = parseZone(b.text, { file, origin: initial, host: b.host, maxGenerate });
  const bRecords = bp.records.filter((r) => isSubdomain(r.key, apex));
  const prepared = prepareBaseline(bRecords, rdataTextOf(file, b.text, b.host), apex, file);
  baselineCache = { key, text: b.text, prepared };
  return prepared;
}

/** The rdata text of a record, from its file's text (the zone file, or an include read through `host`). */
function rdataTextOf(file: string, text: string, host: FileHost | undefined): (r: ZoneRecord) => string {
  const texts = new Map<string, string | undefined>([[file, text]]);
  return (r) => {
    if (!texts.has(r.file)) texts.set(r.file, host?.readFile(r.file));
    return texts.get(r.file)?.slice(r.rdataStart, r.rdataEnd) ?? '';
  };
}

/**
 * Keep at most `max` diagnostics per file (errors first, then in file order) and say how many were
 * left out with one `too-many-diagnostics` at the start of the file.
 */
export function capPerFile(sorted: Diagnostic[], max: number | undefined, overrides?: SeverityOverrides): Diagnostic[] {
  if (max === undefined || !Number.isFinite(max) || sorted.length <= max) return sorted;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    let l = byFile.get(d.file);
    if (!l) byFile.set(d.file, (l = []));
    l.push(d);
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
  const out: Diagnostic[] = [];
  for (const [f, list] of byFile) {
    if (list.length <= max) { out.push(...list); continue; }
    const kept = [...list].sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start).slice(0, max);
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    const summary: Diagnostic = {
      code: 'too-many-diagnostics', severity: 'info', file: f, start: 0, end: 0,
      message: `${list.length - max} more diagnostics in this file are not shown (limit ${max}, zonemail.diagnostics.maxPerFile / --max-per-file)`,
    };
    out.push(...applySeverity([summary], overrides), ...kept);
  }
  return out;
}

/** Apply the user's severity overrides; 'off' removes the diagnostic. */
export function applySeverity(diagnostics: Diagnostic[], overrides: SeverityOverrides | undefined): Diagnostic[] {
  if (!overrides || Object.keys(overrides).length === 0) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const o = overrides[d.code];
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}

function normaliseOrigin(o: string | undefined): string | undefined {
  if (o === undefined) return undefined;
  const t = o.trim();
  if (t === '') return undefined;
  if (t === '.' || t === '@') return '.';
  const p = parseName(t.endsWith('.') ? t : t + '.', undefined);
  return p.error ? undefined : p.name;
}

/**
 * Guess the zone from the file name: `db.example.com` → `example.com.`, `example.com.zone`,
 * `example.com.db`, `example.com.hosts`, `*.in` templates, `db.192.168.1` → `1.168.192.in-addr.arpa.`.
 */
export function originFromFileName(file: string): string | undefined {
  let base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  base = base.replace(/\.in$/i, '');
  let name: string | undefined;
  if (/^db\./i.test(base)) name = base.slice(3);
  else {
    const m = /^(.+)\.(zone|db|hosts|dns|signed|txt)$/i.exec(base);
    if (m) name = m[1];
    else if (/\.(arpa|com|net|org|edu|gov|info|io|de|uk|fr|nl|jp|kr|cz|ru|example|test|local|localhost)$/i.test(base)) name = base;
  }
  if (name === undefined || name === '' || /[\s/\\]/.test(name)) return undefined;
  name = name.replace(/\.(zone|db)$/i, '');
  if (/^\d{1,3}(\.\d{1,3}){0,2}$/.test(name)) name = name.split('.').reverse().join('.') + '.in-addr.arpa';
  const p = parseName(name + '.', undefined);
  return p.error ? undefined : p.name;
}

/** The SOA owner when the file writes it as an absolute name (looked for in the first lines). */
function prescanSoaOwner(text: string): string | undefined {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  const re = /^([^\s;$()"]+\.)[ \t]+(?:[^;\n()]*?[ \t])?SOA[ \t(]/im;
  const m = re.exec(head);
  if (!m) return undefined;
  const p = parseName(m[1], undefined);
  return p.error ? undefined : p.name;
}
