/**
 * The language server's side of the sendmail files: which table a map document is (from the .mc
 * files it can see: open `.mc` documents and the `sendmail.mc` beside the document) and its
 * analysis. Pure glue over core/sendmail; positions are converted by server.ts.
 */
import { classOfFile, detectKind, mapFlavor, mcMapFiles, namedClassFiles, type ClassLetter, type FileGlob, type MapFlavor } from './core/kind';
import { buildMailIndex, type MailIndex, type MailWorkspaceFile } from './core/sendmail/workspace';
import { analyzeSendmail, type SendmailAnalysis } from './core/sendmail/analyze';
import type { SendmailKind } from './core/sendmail/api';
import type { SeverityOverrides } from './core/analyze';
import { sendmailHover, type SendmailHover } from './core/sendmail/hover';

export const SENDMAIL_LANGUAGES: readonly SendmailKind[] = ['sendmail-mc', 'sendmail-cf', 'sendmail-map', 'sendmail-aliases', 'sendmail-class'];

export function isSendmailLanguage(languageId: string): languageId is SendmailKind {
  return (SENDMAIL_LANGUAGES as readonly string[]).includes(languageId);
}

/** The analysis of a sendmail document; `mcTexts` are the .mc files that may name it as a map. */
export function analyzeSendmailDocument(
  uri: string,
  kind: SendmailKind,
  text: string,
  options: { severity?: SeverityOverrides; maxPerFile?: number; mcTexts: readonly string[]; workspace?: MailIndex; classFiles?: ReadonlyMap<string, ClassLetter>; globs?: readonly FileGlob[] },
): SendmailAnalysis {
  const mcMaps = new Map<string, MapFlavor>();
  for (const t of options.mcTexts) for (const [k, v] of mcMapFiles(t)) mcMaps.set(k, v);
  // The URI is the file's id (diagnostics, quick-fix data); its table comes from the decoded name.
  let decoded = uri;
  try { decoded = decodeURIComponent(uri); } catch { /* keep as is */ }
  const flavor = kind === 'sendmail-map' ? mapFlavor(decoded, { mcMaps, globs: options.globs }) : undefined;
  return analyzeSendmail(text, { file: uri, kind, flavor, kindOptions: { mcMaps, classFiles: options.classFiles, globs: options.globs }, severity: options.severity, maxPerFile: options.maxPerFile, workspace: options.workspace });
}

/** Hover at an offset of a sendmail document (core/sendmail/hover.ts). */
export function sendmailHoverAt(uri: string, kind: SendmailKind, text: string, offset: number, mcTexts: readonly string[]): SendmailHover | undefined {
  const a = analyzeSendmailDocument(uri, kind, text, { mcTexts });
  return sendmailHover(a.context, offset);
}

/**
 * The index of a workspace's sendmail files (URIs and texts; `languageId` when open — a file the user
 * typed by hand keeps that language). Maps are typed by the .mc files among them.
 */
export function workspaceMailIndex(files: readonly { uri: string; text: string; languageId?: string }[], hostName?: string, globs?: readonly FileGlob[]): MailIndex {
  const decode = (u: string): string => { try { return decodeURIComponent(u); } catch { return u; } };
  const mcMaps = new Map<string, MapFlavor>();
  const classFiles = new Map<string, ClassLetter>();
  for (const f of files) {
    const k = f.languageId && isSendmailLanguage(f.languageId) ? f.languageId : detectKind(decode(f.uri), '', { globs });
    if (k === 'sendmail-mc') for (const [b, v] of mcMapFiles(f.text)) mcMaps.set(b, v);
    if (k === 'sendmail-mc' || k === 'sendmail-cf') for (const [b, v] of namedClassFiles(f.text, k)) classFiles.set(b, v);
  }
  const kinds = files.map((f) => (f.languageId && isSendmailLanguage(f.languageId) ? f.languageId : detectKind(decode(f.uri), '', { mcMaps, classFiles, globs })));
  const out: MailWorkspaceFile[] = [];
  files.forEach((f, i) => {
    const k = kinds[i];
    if (k === undefined || k === 'dns-zone') return;
    // The URI itself is the file's id (quick fixes edit it); the name is read decoded.
    out.push({ file: f.uri, kind: k, text: f.text, flavor: k === 'sendmail-map' ? mapFlavor(decode(f.uri), { mcMaps, globs }) : undefined, classOf: k === 'sendmail-class' ? classOfFile(decode(f.uri), { classFiles }) : undefined });
  });
  return buildMailIndex(out, { hostName, hostNameSource: 'the setting zonemail.mail.hostName' });
}
