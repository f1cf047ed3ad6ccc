/**
 * The `zonemail` command line: the same core as the language server, for scripts and CI.
 *
 *   zonemail check [--origin NAME] [--format text|json|github|gitlab] [--severity CODE=LEVEL]... [--baseline head|none|REV] [--mail-host NAME] [--files GLOB=KIND]... PATH...
 *   zonemail bump-serial [--today YYYY-MM-DD] [--if-stale] [--baseline head|REV] [--origin NAME] FILE...
 *
 * Exit status: 1 if any error was reported, 0 otherwise, 2 for a usage error, an unreadable file or
 * a --baseline revision a repository does not have.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeZone, originFromFileName, type SeverityOverrides } from '../core/analyze';
import { LineIndex } from '../core/lines';
import { classOfFile, detectKind, mapFlavor, mcMapFiles, namedClassFiles, parseFileGlobs, type ClassLetter, type FileGlob, type FileKind, type MapFlavor } from '../core/kind';
import { buildMailIndex, mailDomainKeys, mxFromRecords, type MailIndex, type MailWorkspaceFile } from '../core/sendmail/workspace';
import { parseZone, type ParseResult } from '../core/parser';
import { forwardZonesFrom, mailHostReverseNames, reverseAddress, type ForwardZones } from '../core/reverse';
import { isSubdomain } from '../core/names';
import { analyzeSendmail } from '../core/sendmail/analyze';
import type { Diagnostic, FileHost, Severity } from '../core/types';
import type { SoaRdata } from '../core/rdata/api';
import { daysInMonth, dayOf, type SerialFormat } from '../core/serial';
import { needsBump, planSerialBump } from '../core/bump';
import { gitBaseline, gitRevisionProblem, prefetchGitBaselines } from './git';
import { readText } from './text';

const USAGE = `usage: zonemail check [--origin NAME] [--format text|json|github|gitlab] [--severity CODE=LEVEL]... [--max-per-file N] [--baseline head|none|REV] [--mail-host NAME] [--files GLOB=KIND]... PATH...
       zonemail bump-serial [--today YYYY-MM-DD] [--if-stale] [--baseline head|REV] [--format date|unixtime|counter] [--origin NAME] FILE...

  PATH                  a zone or sendmail file (by name: sendmail.mc, virtusertable, aliases,
                        local-host-names…; any other name is read as a zone), or a directory:
                        every zone and sendmail file under it is checked
  --origin NAME         the zone's name (apex and initial origin), like named-checkzone's zone
                        argument; for directories, used only by files with no origin of their own
  --format text|json|github|gitlab
                        output format (default text: file:line:col: severity code: message;
                        github: GitHub Actions annotations, shown on the pull request's lines;
                        gitlab: a GitLab Code Quality report, for artifacts:reports:codequality)
  --severity CODE=LEVEL change a diagnostic's severity (error|warning|info|hint|off); repeatable
  --max-per-file N      report at most N diagnostics per file (default: all)
  --baseline head|none|REV
                        compare each file with its version in a git commit (stale-serial,
                        serial-decreased): HEAD (default), none, or any revision — in CI, the
                        branch a change goes into (e.g. origin/main); for files in a git work tree
  --mail-host NAME      the mail host a directory's sendmail files belong to (its name in the
                        zones' MX lists), for the backup/primary MX checks; default: the .cf's Dj,
                        the .mc's confDOMAIN_NAME, else class w members that are MX hosts
  --files GLOB=KIND     files matching GLOB are KIND: sendmail-map, sendmail-class, sendmail-aliases,
                        sendmail-mc, sendmail-cf, dns-zone, or a map table (virtusertable, mailertable,
                        access…); as the setting zonemail.sendmail.files; repeatable, tried in order

bump-serial rewrites the SOA serial in place (only its digits) and prints FILE: OLD -> NEW.
  --if-stale            only where records changed since git HEAD (or --baseline REV) and the
                        serial did not; the new serial is past the baseline's too
  --today YYYY-MM-DD    the date for date-form serials (default: today, UTC)
  --format F            force the serial format (default: detected from the serial)

exit status: 1 if any error was reported, 0 otherwise, 2 for a usage error, an unreadable file or a
--baseline revision a repository does not have`;

class UsageError extends Error {}

interface Options {
  origin?: string;
  /** The git revision zone files are compared with (stale-serial, serial-decreased), or none. */
  baseline: { rev: string } | 'none';
  today?: { year: number; month: number; day: number };
  ifStale: boolean;
  serialFormat?: SerialFormat;
  format: 'text' | 'json' | 'github' | 'gitlab';
  severity: Record<string, Severity | 'off'>;
  maxPerFile: number;
  mailHost?: string;
  globs: FileGlob[];
  paths: string[];
}

function parseArgs(argv: string[]): { command: string; options: Options } {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (command !== 'check' && command !== 'bump-serial') throw new UsageError(`unknown command '${command}'`);
  const options: Options = { format: 'text', severity: {}, maxPerFile: Infinity, paths: [], globs: [], baseline: { rev: 'HEAD' }, ifStale: false };
  const bump = command === 'bump-serial';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const flag = a.startsWith('--') ? a.split('=')[0] : a;
    switch (flag) {
      case '--origin': options.origin = value(); break;
      case '--files': {
        if (bump) throw new UsageError('--files is an option of check');
        const v = value();
        const eq = v.lastIndexOf('=');
        const { globs, errors } = parseFileGlobs(eq > 0 ? { [v.slice(0, eq)]: v.slice(eq + 1) } : {});
        if (eq <= 0 || errors.length > 0) throw new UsageError(`--files takes GLOB=KIND${errors.length > 0 ? `: ${errors[0]}` : `, not '${v}'`}`);
        options.globs.push(...globs);
        break;
      }
      case '--mail-host': {
        if (bump) throw new UsageError('--mail-host is an option of check');
        const h = value();
        if (!/^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?\.?$/.test(h)) throw new UsageError(`--mail-host takes a host name, not '${h}'`);
        options.mailHost = h;
        break;
      }
      case '--format': {
        const f = value();
        if (bump) {
          if (f !== 'date' && f !== 'unixtime' && f !== 'counter') throw new UsageError(`--format must be date, unixtime or counter, not '${f}'`);
          options.serialFormat = f;
          break;
        }
        if (f !== 'text' && f !== 'json' && f !== 'github' && f !== 'gitlab') throw new UsageError(`--format must be text, json, github or gitlab, not '${f}'`);
        options.format = f;
        break;
      }
      case '--severity': {
        const v = value();
        const m = /^([a-z0-9-]+)=(error|warning|info|hint|off)$/.exec(v);
        if (!m) throw new UsageError(`--severity takes CODE=error|warning|info|hint|off, not '${v}'`);
        options.severity[m[1]] = m[2] as Severity | 'off';
        break;
      }
      case '--max-per-file': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--max-per-file takes a positive whole number');
        options.maxPerFile = n;
        break;
      }
      case '--baseline': {
        const b = value();
        if (b.trim() === '') throw new UsageError('--baseline takes head, none or a git revision');
        if (bump && b === 'none') throw new UsageError('bump-serial compares with a git revision: --baseline head or REV');
        options.baseline = b === 'none' ? 'none' : { rev: b === 'head' ? 'HEAD' : b };
        break;
      }
      case '--if-stale': if (!bump) throw new UsageError('--if-stale is an option of bump-serial'); options.ifStale = true; break;
      case '--today': {
        const v = value();
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        const d = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
        if (!d || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) throw new UsageError(`--today takes a date YYYY-MM-DD, not '${v}'`);
        options.today = d;
        break;
      }
      case '--help': case '-h': throw new UsageError('');
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        options.paths.push(a);
    }
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given');
  return { command, options };
}

/** File access for the core: reads files from disk, resolves $INCLUDE against the including file's directory. */
export class NodeFileHost implements FileHost {
  readonly texts = new Map<string, string>();
  readFile(p: string): string | undefined {
    const cached = this.texts.get(p);
    if (cached !== undefined) return cached;
    try {
      const st = fs.statSync(p);
      if (!st.isFile()) return undefined;
      const t = readText(p);
      this.texts.set(p, t);
      return t;
    } catch {
      return undefined;
    }
  }
  resolve(from: string, relative: string): string {
    return path.resolve(path.dirname(from), relative);
  }
}

interface FileReport { file: string; diagnostics: Diagnostic[] }

/** Zone and sendmail files under a directory, found the way the extension finds them. Sorted for stable output. */
function walk(dir: string, out: { file: string; kind: FileKind }[], globs: readonly FileGlob[] = []): void {
  const all: { file: string; name: string; head: string }[] = [];
  collect(dir, all);
  // Maps named by the directory's .mc files (FEATURE(`virtusertable', `btree /etc/mail/domainaliases')).
  const mcMaps = mcMapsOf(all.filter((f) => f.name.toLowerCase().endsWith('.mc')).map((f) => f.file));
  // Class files named by its .cf and .mc files (Fw/etc/mail/mydomains, GENERICS_DOMAIN_FILE…).
  const classFiles = classFilesOf(all.map((f) => f.file));
  for (const f of all) {
    const kind = detectKind(globs.length > 0 ? f.file : f.name, f.head, { mcMaps, classFiles, globs });
    if (kind !== undefined) out.push({ file: f.file, kind });
  }
}

function collect(dir: string, out: { file: string; name: string; head: string }[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      collect(p, out);
    } else if (e.isFile()) {
      const head = fileHead(p);
      if (head === undefined) continue;
      out.push({ file: p, name: e.name, head });
    }
  }
}

/** The first 512 bytes of a file (what kind detection looks at), or undefined when it cannot be read. */
function fileHead(p: string): string | undefined {
  try {
    const fd = fs.openSync(p, 'r');
    try {
      const buf = Buffer.alloc(512);
      const n = fs.readSync(fd, buf, 0, 512, 0);
      return buf.subarray(0, n).toString('latin1');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The class files that the .mc and .cf files among these name, with their classes. */
function classFilesOf(files: string[]): Map<string, ClassLetter> {
  const out = new Map<string, ClassLetter>();
  for (const f of files) {
    const kind = detectKind(path.basename(f), '');
    if (kind !== 'sendmail-mc' && kind !== 'sendmail-cf') continue;
    try {
      for (const [k, v] of namedClassFiles(readText(f), kind)) out.set(k, v);
    } catch {
      // unreadable: names nothing
    }
  }
  return out;
}

/** The map files that these .mc files name, with their tables. */
function mcMapsOf(mcFiles: string[]): Map<string, MapFlavor> {
  const maps = new Map<string, MapFlavor>();
  for (const f of mcFiles) {
    try {
      for (const [k, v] of mcMapFiles(readText(f))) maps.set(k, v);
    } catch {
      // unreadable: names nothing
    }
  }
  return maps;
}

/** The kind of a file named on the command line: by its name (and the .mc files beside it); zone otherwise. */
function kindOfNamedFile(file: string, globs: readonly FileGlob[]): { kind: FileKind; mcMaps?: Map<string, MapFlavor>; globs: readonly FileGlob[] } {
  const head = fileHead(file);
  if (head === undefined) return { kind: 'dns-zone', globs };
  let mcMaps: Map<string, MapFlavor> | undefined;
  try {
    const dir = path.dirname(file);
    mcMaps = mcMapsOf(fs.readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.mc')).map((n) => path.join(dir, n)));
  } catch {
    mcMaps = undefined;
  }
  return { kind: detectKind(globs.length > 0 ? file : path.basename(file), head, { mcMaps, globs }) ?? 'dns-zone', mcMaps, globs };
}

export function run(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  let options: Options;
  let command: string;
  try {
    ({ command, options } = parseArgs(argv));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) stderr(`zonemail: ${e.message}\n`);
      stderr(USAGE + '\n');
      return e.message ? 2 : 0;
    }
    throw e;
  }
  if (command === 'bump-serial') return bumpSerialCommand(options, stdout, stderr);
  const targets: { file: string; mode: 'authoritative' | 'fallback'; kind: FileKind; mcMaps?: Map<string, MapFlavor>; classFiles?: Map<string, ClassLetter>; globs?: readonly FileGlob[]; workspace?: MailIndex; mailDomains?: Set<string> }[] = [];
  let status = 0;
  for (const p of options.paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      stderr(`zonemail: cannot read '${p}': no such file or directory\n`);
      status = 2;
      continue;
    }
    if (st.isDirectory()) {
      const found: { file: string; kind: FileKind }[] = [];
      walk(p, found, options.globs);
      const mcMaps = mcMapsOf(found.filter((f) => f.kind === 'sendmail-mc').map((f) => f.file));
      const classFiles = classFilesOf(found.map((f) => f.file));
      // The directory is a workspace: its sendmail files feed the cross-file checks of every file in it.
      const mailFiles: MailWorkspaceFile[] = [];
      for (const f of found) {
        if (f.kind === 'dns-zone') continue;
        let text: string;
        try { text = readText(f.file); } catch { continue; }
        mailFiles.push({ file: path.resolve(f.file), kind: f.kind, text, flavor: f.kind === 'sendmail-map' ? mapFlavor(f.file, { mcMaps, globs: options.globs }) : undefined, classOf: f.kind === 'sendmail-class' ? classOfFile(f.file, { classFiles }) : undefined });
      }
      const workspace = buildMailIndex(mailFiles, { hostName: options.mailHost, hostNameSource: '--mail-host' });
      // The zones' MX records, for the backup/primary MX checks: only when this is a mail host's tree.
      if (workspace.classWSources.length > 0) {
        for (const f of found) {
          if (f.kind !== 'dns-zone') continue;
          let text: string;
          try { text = readText(f.file); } catch { continue; }
          if (text.length > 4_000_000) continue;
          mxFromRecords(parseZone(text, { file: f.file, origin: originFromFileName(f.file), maxGenerate: 10_000 }).records, workspace.mx);
        }
      }
      const mailDomains = mailDomainKeys(workspace);
      for (const f of found) targets.push({ file: f.file, mode: 'fallback', kind: f.kind, mcMaps, classFiles, globs: options.globs, workspace, mailDomains });
    } else {
      targets.push({ file: p, mode: 'authoritative', ...kindOfNamedFile(p, options.globs) });
    }
  }
  const reports: FileReport[] = [];
  const lineIndexes = new Map<string, LineIndex>();
  let errors = 0;
  let ahead: Map<string, string | undefined> | undefined;
  const badRevision = new Set<string>();
  /** Per file checked: its diagnostics by file, the files it included, and whether it is a fragment (a zone file without SOA). */
  const results: { abs: string; byFile: Map<string, Diagnostic[]>; includes: string[]; fragment: boolean }[] = [];
  /** The zones checked (those with an SOA), for the reverse-DNS checks; the zones to check again with them (PTRs at reverse names; mail hosts maybe in a reverse zone of the run). */
  const forwardApexes: { apex: string; file: string; origin: string }[] = [];
  const reverse: { at: number; t: (typeof targets)[number]; abs: string }[] = [];
  const mailZones: { at: number; t: (typeof targets)[number]; abs: string; mailRev: string[] }[] = [];
  /** Analyse one file: its analysis and its diagnostics by file, or undefined when it cannot be read. */
  const analyzeTarget = (t: (typeof targets)[number], abs: string, ahead: Map<string, string | undefined> | undefined, forwardZones: ForwardZones | undefined) => {
    const host = new NodeFileHost();
    const text = host.readFile(abs);
    if (text === undefined) return undefined;
    const base = options.baseline;
    const analysis = t.kind !== 'dns-zone'
      ? analyzeSendmail(text, { file: abs, kind: t.kind, kindOptions: { mcMaps: t.mcMaps, classFiles: t.classFiles, globs: t.globs }, workspace: t.workspace, severity: options.severity as SeverityOverrides, maxPerFile: options.maxPerFile })
      : analyzeZone(text, {
        file: abs,
        origin: options.origin,
        originMode: t.mode,
        now: Date.now(),
        host,
        baseline: base !== 'none' ? gitBaseline(abs, ahead, base.rev) : undefined,
        severity: options.severity as SeverityOverrides,
        maxPerFile: options.maxPerFile,
        mailDomains: t.mailDomains,
        forwardZones,
      });
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of analysis.diagnostics) {
      let list = byFile.get(d.file);
      if (!list) byFile.set(d.file, (list = []));
      list.push(d);
    }
    // Positions from the texts the analysis read (the host keeps them), not a second read.
    for (const file of byFile.keys()) if (!lineIndexes.has(file)) lineIndexes.set(file, new LineIndex(host.readFile(file) ?? ''));
    return { analysis, byFile };
  };
  for (let ti = 0; ti < targets.length; ti++) {
    const t = targets[ti];
    // The zones' versions at the baseline revision, a batch at a time: one git process per repository and batch.
    const base = options.baseline;
    if (base !== 'none' && ti % BASELINE_BATCH === 0) {
      const batch = targets.slice(ti, ti + BASELINE_BATCH).filter((x) => x.kind === 'dns-zone').map((x) => path.resolve(x.file));
      // A revision the repository does not have: said once per repository; the checks still run.
      for (const f of batch) {
        const problem = gitRevisionProblem(path.dirname(f), base.rev);
        if (problem !== undefined && !badRevision.has(problem)) {
          badRevision.add(problem);
          stderr(`zonemail: --baseline ${base.rev}: ${problem}; its files are checked without a baseline\n`);
          status = 2;
        }
      }
      ahead = prefetchGitBaselines(batch, base.rev);
    }
    const abs = path.resolve(t.file);
    const done = analyzeTarget(t, abs, ahead, undefined);
    if (done === undefined) {
      stderr(`zonemail: cannot read '${t.file}'\n`);
      status = 2;
      continue;
    }
    const { analysis, byFile } = done;
    if ('parse' in analysis && 'model' in analysis) {
      const files = analysis.parse.files.filter((f) => f !== abs);
      // No SOA of its own: a fragment, which a zone may $INCLUDE (then it is checked as part of it).
      const fragment = !analysis.parse.records.some((r) => r.typeCode === 6 && r.file === abs);
      if (!fragment) forwardApexes.push({ apex: analysis.model.apex, file: abs, origin: analysis.origin });
      // A zone with PTR records at reverse names is checked again once every zone of the run is known (ptr-mismatch).
      if (analysis.model.ofType(12).some((r) => reverseAddress(r.key) !== undefined)) reverse.push({ at: results.length, t, abs });
      else {
        // A zone whose mail hosts' addresses may fall in a reverse zone of the run (mail-host-without-ptr).
        const mailRev = mailHostReverseNames(analysis.model);
        if (mailRev.length > 0) mailZones.push({ at: results.length, t, abs, mailRev });
      }
      results.push({ abs, byFile, includes: files, fragment });
    } else {
      results.push({ abs, byFile, includes: [], fragment: false });
    }
  }
  // ptr-mismatch and mail-host-without-ptr: the zones of the run, parsed when first looked in; a zone
  // is checked again with them when it has PTRs at reverse names, or mail hosts in a reverse zone of the run.
  const reverseApexes = forwardApexes.map((z) => z.apex).filter((a) => a.endsWith('.in-addr.arpa.') || a.endsWith('.ip6.arpa.'));
  const mailInReverse = mailZones.filter((m) => m.mailRev.some((n) => reverseApexes.some((a) => isSubdomain(n, a))));
  // Alone in its run, a zone has no other zones to read: only one whose mail hosts it covers itself
  // (a reverse zone with an MX) needs the second look.
  const again = forwardApexes.length > 1 ? [...reverse, ...mailInReverse] : mailInReverse;
  if (again.length > 0) {
    const parses = new Map<string, ParseResult | undefined>();
    const entries = forwardApexes.map((z) => ({
      apex: z.apex,
      file: z.file,
      parse: () => {
        if (!parses.has(z.file)) {
          const text = new NodeFileHost().readFile(z.file);
          parses.set(z.file, text === undefined ? undefined : parseZone(text, { file: z.file, origin: z.origin, host: new NodeFileHost() }));
        }
        return parses.get(z.file);
      },
    }));
    // Their baselines, read in one batch again (the first pass's batches are gone).
    const base = options.baseline;
    const ahead2 = base !== 'none' ? prefetchGitBaselines(again.filter((r) => r.t.kind === 'dns-zone').map((r) => r.abs), base.rev) : undefined;
    for (const r of again) {
      const done = analyzeTarget(r.t, r.abs, ahead2, forwardZonesFrom(entries.filter((e) => e.file !== r.abs), r.abs));
      if (done !== undefined) results[r.at].byFile = done.byFile;
    }
  }
  // A fragment that another checked zone includes is reported as part of that zone only: alone it
  // has no SOA, no origin and no $TTL, and would show errors that are not there (and its real ones twice).
  const included = new Set(results.flatMap((r) => r.includes));
  for (const r of results) {
    if (r.fragment && included.has(r.abs)) continue;
    for (const [file, diags] of r.byFile) {
      errors += diags.filter((d) => d.severity === 'error').length;
      reports.push({ file, diagnostics: diags });
    }
    if (r.byFile.size === 0) reports.push({ file: r.abs, diagnostics: [] });
  }
  const display = (f: string) => {
    const rel = path.relative(process.cwd(), f);
    return rel.startsWith('..') || path.isAbsolute(rel) ? f : rel;
  };
  /** The file name as displayed, with '/' separators (what CI services expect). */
  const slashed = (f: string) => display(f).split(path.sep).join('/');
  /** A diagnostic's start and end as 0-based lines and characters of its file (every reported file has its index). */
  const span = (file: string, d: Diagnostic) => {
    const li = lineIndexes.get(file) ?? new LineIndex('');
    return { s: li.position(d.start), e: li.position(d.end) };
  };
  if (options.format === 'json') {
    const out = reports.map((r) => ({
      file: display(r.file),
      diagnostics: r.diagnostics.map((d) => {
        const { s, e } = span(r.file, d);
        return { code: d.code, severity: d.severity, message: d.message, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
      }),
    }));
    stdout(JSON.stringify(out, null, 2) + '\n');
  } else if (options.format === 'gitlab') {
    // GitLab Code Quality (a subset of the Code Climate spec). The fingerprint identifies a finding
    // across pipelines: file, code, message and which occurrence of that triple it is — not the
    // line, so findings keep their identity when lines above them move.
    const issues: object[] = [];
    const seen = new Map<string, number>();
    const level: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };
    for (const r of reports) {
      const file = slashed(r.file);
      for (const d of r.diagnostics) {
        const { s, e } = span(r.file, d);
        const id = `${file}\0${d.code}\0${d.message}`;
        const k = seen.get(id) ?? 0;
        seen.set(id, k + 1);
        issues.push({
          description: d.message,
          check_name: d.code,
          fingerprint: createHash('sha256').update(`${id}\0${k}`).digest('hex').slice(0, 32),
          severity: level[d.severity],
          location: { path: file, lines: e.line > s.line ? { begin: s.line + 1, end: e.line + 1 } : { begin: s.line + 1 } },
        });
      }
    }
    stdout(JSON.stringify(issues, null, 2) + '\n');
  } else if (options.format === 'github') {
    // GitHub Actions workflow commands: `::warning file=F,line=L,col=C,endLine=…,endColumn=…,title=T::M`.
    const lines: string[] = [];
    for (const r of reports) {
      for (const d of r.diagnostics) {
        const { s, e } = span(r.file, d);
        const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
        const props = [`file=${ghProperty(slashed(r.file))}`, `line=${s.line + 1}`];
        // GitHub takes columns only for a range on one line; a longer one is given by its lines.
        if (e.line === s.line) props.push(`col=${s.character + 1}`, `endColumn=${Math.max(e.character, s.character) + 1}`);
        else props.push(`endLine=${e.line + 1}`);
        props.push(`title=${ghProperty(`zonemail ${d.code}`)}`);
        lines.push(`::${level} ${props.join(',')}::${ghData(d.message)}`);
      }
    }
    if (lines.length > 0) stdout(lines.join('\n') + '\n');
  } else {
    const lines: string[] = [];
    for (const r of reports) {
      for (const d of r.diagnostics) {
        const { s } = span(r.file, d);
        lines.push(`${display(r.file)}:${s.line + 1}:${s.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
      }
    }
    if (lines.length > 0) stdout(lines.join('\n') + '\n');
  }
  if (status !== 0) return status;
  return errors > 0 ? 1 : 0;
}

/** A workflow command's message (GitHub's escaping: %, CR, LF). */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (also ':' and ','). */
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Files whose HEAD versions `check` reads ahead in one git process (bounds the texts held at once). */
const BASELINE_BATCH = 256;

/** `bump-serial`: rewrite the serial of each FILE in place; print FILE: OLD -> NEW. */
function bumpSerialCommand(options: Options, stdout: (s: string) => void, stderr: (s: string) => void): number {
  let status = 0;
  const now = Date.now();
  const rev = options.baseline === 'none' ? 'HEAD' : options.baseline.rev;
  // The files' versions at the revision, one git process per repository (scripts bump many files).
  const ahead = prefetchGitBaselines(options.paths.map((p) => path.resolve(p)), rev);
  for (const p of options.paths) {
    const abs = path.resolve(p);
    const host = new NodeFileHost();
    const text = host.readFile(abs);
    if (text === undefined) {
      stderr(`zonemail: cannot read '${p}'\n`);
      status = 2;
      continue;
    }
    const problem = gitRevisionProblem(path.dirname(abs), rev);
    if (problem !== undefined) {
      stderr(`zonemail: --baseline ${rev}: ${problem}\n`);
      status = 2;
      continue;
    }
    const analysis = analyzeZone(text, { file: abs, origin: options.origin, originMode: 'authoritative', host, baseline: gitBaseline(abs, ahead, rev) });
    if (options.ifStale && !needsBump(analysis)) {
      stdout(`${p}: ${serialOf(analysis) ?? '?'} (unchanged: no records changed since ${analysis.baseline?.label ?? 'the last commit'})\n`);
      continue;
    }
    const edit = planSerialBump(analysis, { today: options.today ?? dayOf(now), nowSeconds: Math.floor(now / 1000), format: options.serialFormat });
    if (!edit) {
      stderr(`zonemail: ${p}: no readable SOA record at the zone apex; nothing to bump\n`);
      status = 2;
      continue;
    }
    const target = host.readFile(edit.file) ?? '';
    const updated = target.slice(0, edit.start) + String(edit.serial) + target.slice(edit.end);
    try {
      fs.writeFileSync(edit.file, updated);
    } catch (e) {
      stderr(`zonemail: cannot write '${edit.file}': ${(e as Error).message}\n`);
      status = 2;
      continue;
    }
    const where = edit.file === abs ? p : `${p} (SOA in ${path.relative(process.cwd(), edit.file)})`;
    stdout(`${where}: ${edit.old} -> ${edit.serial}\n`);
    if (edit.note) stderr(`zonemail: ${p}: ${edit.note}\n`);
  }
  return status;
}

function serialOf(a: ReturnType<typeof analyzeZone>): number | undefined {
  const soa = a.model.get(a.model.apex, 'SOA')[0];
  return (soa?.rdata as SoaRdata | undefined)?.serial;
}

if (require.main === module) {
  let code: number;
  try {
    const chunks: string[] = [];
    code = run(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s));
    process.stdout.write(chunks.join(''));
  } catch (e) {
    // Never a stack trace for the user: an internal error is reported as such.
    process.stderr.write(`zonemail: internal error: ${(e as Error).message}\n`);
    code = 2;
  }
  process.exitCode = code;
}
