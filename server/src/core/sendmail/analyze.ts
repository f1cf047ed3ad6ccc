/**
 * The façade of the sendmail analysis: a file's text and kind in, diagnostics (and the parse) out.
 * Used by the language server, the CLI and the tests alike, as analyzeZone for zone files.
 */
import { applySeverity, capPerFile, checkFailed, type SeverityOverrides } from '../analyze';
import { classOfFile, mapFlavor, type KindOptions, type MapFlavor } from '../kind';
import type { Diagnostic } from '../types';
import { parseAliases } from './aliases';
import type { SendmailContext, SendmailKind } from './api';
import { parseCf } from './cf';
import { SENDMAIL_CHECKS } from './checks/index';
import { parseClassFile } from './classfile';
import { parseMap } from './map';
import { parseMc } from './mc';
import type { MailIndex } from './workspace';

export interface SendmailOptions {
  /** Path or URI of the file. */
  file: string;
  kind: SendmailKind;
  /** Maps named by the workspace's .mc files (see kind.ts mcMapFiles), for the map flavour. */
  kindOptions?: KindOptions;
  /** Force the map flavour (default: from the file name). */
  flavor?: MapFlavor;
  severity?: SeverityOverrides;
  maxPerFile?: number;
  /** The workspace index (buildMailIndex) for the cross-file checks. */
  workspace?: MailIndex;
}

export interface SendmailAnalysis {
  kind: SendmailKind;
  flavor: MapFlavor;
  context: SendmailContext;
  diagnostics: Diagnostic[];
}

export function analyzeSendmail(text: string, options: SendmailOptions): SendmailAnalysis {
  const { file, kind } = options;
  const diagnostics: Diagnostic[] = [];
  const flavor = kind === 'sendmail-map' ? options.flavor ?? mapFlavor(file, options.kindOptions) : 'other';
  const ctx: SendmailContext = {
    file,
    text,
    kind,
    flavor,
    baseName: file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).toLowerCase(),
    classOf: kind === 'sendmail-class' ? classOfFile(file, options.kindOptions) : undefined,
    workspace: options.workspace,
    report: () => undefined,
  };
  if (kind === 'sendmail-map') ctx.map = parseMap(text);
  else if (kind === 'sendmail-aliases') ctx.aliases = parseAliases(text);
  else if (kind === 'sendmail-class') ctx.classWords = parseClassFile(text);
  else if (kind === 'sendmail-mc') ctx.mc = parseMc(text);
  else if (kind === 'sendmail-cf') ctx.cf = parseCf(text);
  for (const check of SENDMAIL_CHECKS) {
    if (!check.kinds.includes(kind)) continue;
    if (kind === 'sendmail-map' && check.flavors && !check.flavors.includes(flavor)) continue;
    ctx.report = (d) => diagnostics.push({ ...d, code: check.code, file, severity: d.severity ?? check.severity });
    try {
      check.run(ctx);
    } catch (e) {
      diagnostics.push(checkFailed(check.code, file, e));
    }
  }
  const result = applySeverity(diagnostics, options.severity);
  result.sort((a, b) => a.start - b.start || a.end - b.end);
  return { kind, flavor, context: ctx, diagnostics: capPerFile(result, options.maxPerFile, options.severity) };
}
