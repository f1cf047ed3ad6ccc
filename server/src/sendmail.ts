/**
 * The language server's side of the sendmail files: which table a map document is (from the .mc
 * files it can see: open `.mc` documents and the `sendmail.mc` beside the document) and its
 * analysis. Pure glue over core/sendmail; positions are converted by server.ts.
 */
import { mcMapFiles, type MapFlavor } from './core/kind';
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
  options: { severity?: SeverityOverrides; maxPerFile?: number; mcTexts: readonly string[] },
): SendmailAnalysis {
  const mcMaps = new Map<string, MapFlavor>();
  for (const t of options.mcTexts) for (const [k, v] of mcMapFiles(t)) mcMaps.set(k, v);
  // URIs: the base name is after the last '/', percent-decoded.
  let file = uri;
  try { file = decodeURIComponent(uri); } catch { /* keep as is */ }
  const a = analyzeSendmail(text, { file, kind, kindOptions: { mcMaps }, severity: options.severity, maxPerFile: options.maxPerFile });
  return { ...a, diagnostics: a.diagnostics.map((d) => ({ ...d, file: uri })) };
}

/** Hover at an offset of a sendmail document (core/sendmail/hover.ts). */
export function sendmailHoverAt(uri: string, kind: SendmailKind, text: string, offset: number, mcTexts: readonly string[]): SendmailHover | undefined {
  const a = analyzeSendmailDocument(uri, kind, text, { mcTexts });
  return sendmailHover(a.context, offset);
}
