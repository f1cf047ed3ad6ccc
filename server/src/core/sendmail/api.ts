/**
 * The contract of a sendmail check: one file per check under sendmail/checks/, each exporting a
 * `SendmailCheck` with a stable kebab-case code, a one-line doc, a default severity, the file kinds
 * (and map flavours) it applies to, and a `run` that reports findings.
 */
import type { ClassLetter, FileKind, MapFlavor } from '../kind';
import type { Diagnostic, Severity } from '../types';
import type { AliasesParse } from './aliases';
import type { CfLine } from './cf';
import type { ClassWord } from './classfile';
import type { MapParse } from './map';
import type { McParse } from './mc';
import type { MailIndex } from './workspace';

export type SendmailKind = Exclude<FileKind, 'dns-zone'>;

export interface SendmailContext {
  file: string;
  text: string;
  kind: SendmailKind;
  /** For maps: which table (from the file name or the .mc that names it); 'other' otherwise. */
  flavor: MapFlavor;
  /** The class file's base name (local-host-names, relay-domains, trusted-users…), lower case. */
  baseName: string;
  /** For class files: the host class it fills (w, G, R), by its name or the .cf/.mc line that names it. */
  classOf?: ClassLetter;
  /** The parse of the file, by kind (only the one for `kind` is set). */
  map?: MapParse;
  aliases?: AliasesParse;
  classWords?: ClassWord[];
  mc?: McParse;
  cf?: CfLine[];
  /** The workspace's sendmail files (cross-file checks); undefined: this file alone. */
  workspace?: MailIndex;
  /** Report a finding; severity defaults to the check's. */
  report(d: Omit<Diagnostic, 'severity' | 'file' | 'code'> & { severity?: Severity }): void;
}

export interface SendmailCheck {
  code: string;
  /** One line: what the check finds. */
  doc: string;
  severity: Severity;
  kinds: readonly SendmailKind[];
  /** For sendmail-map checks: the tables it applies to (default: all). */
  flavors?: readonly MapFlavor[];
  run(ctx: SendmailContext): void;
}
