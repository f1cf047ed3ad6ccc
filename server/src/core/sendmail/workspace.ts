/**
 * The workspace index of sendmail files: which domains this mail host accepts, from every sendmail
 * file the caller (CLI directory walk, language server workspace) hands in. Pure: the caller reads
 * the files. Feeds the cross-file checks: `virtuser-domain-not-local` (sendmail side) and the zone
 * side's `mail-domain-without-mx` (AnalyzeOptions.mailDomains).
 *
 * Class w (DOMAIN.md §4, cf/README): local-host-names / sendmail.cw (FEATURE(use_cw_file)), `Cw`
 * and `C{w}` lines of a sendmail.cf, LOCAL_DOMAIN() of an .mc. VIRTUSER_DOMAIN() (class
 * {VirtHost}) makes the virtusertable apply without class w. Sample files (`*.sample`) are ignored.
 */
import { classOfFile, mapFlavor, type ClassLetter, type MapFlavor } from '../kind';
import type { SendmailKind } from './api';
import { parseCf } from './cf';
import { parseClassFile } from './classfile';
import { parseMap } from './map';
import { parseMc } from './mc';

export interface MailWorkspaceFile {
  file: string;
  kind: SendmailKind;
  text: string;
  /** For maps: the table (default: from the file name). */
  flavor?: MapFlavor;
  /** For class files: which class (default: from the file name, see classOfFile). */
  classOf?: ClassLetter;
}

export interface Place { file: string; start: number; end: number }

export interface MailIndex {
  /** Class w members (lower case, no trailing dot) and where each is listed first. */
  classW: Map<string, Place>;
  /** VIRTUSER_DOMAIN() names. */
  virtHost: Map<string, Place>;
  /** The files class w comes from (empty: the workspace does not show class w, so nothing is "not local"). */
  classWSources: string[];
  /** local-host-names / sendmail.cw files of the workspace (where a quick fix adds a domain). */
  classWFiles: string[];
  /**
   * Class G, the domains whose addresses the genericstable rewrites (GENERICS_DOMAIN,
   * GENERICS_DOMAIN_FILE / generics-domains, `CG`/`FG` lines of a .cf), and where each is listed first.
   */
  classG: Map<string, Place>;
  /** The files class G comes from (empty: the workspace does not show class G). */
  classGSources: string[];
  /** generics-domains files of the workspace (where a quick fix adds a domain). */
  classGFiles: string[];
  /** FEATURE(`generics_entire_domain'): subdomains of class G members are rewritten too. */
  genericsEntireDomain: boolean;
  /** Domains of virtusertable keys (`user@domain`, `@domain`), with their places. */
  virtuserDomains: Map<string, Place[]>;
  /** Domains this host relays to: access `To:domain RELAY` (or untagged), relay-domains words. */
  relayDomains: Set<string>;
  /** The access map files of the workspace (where a quick fix adds a RELAY line). */
  accessFiles: string[];
  /**
   * This host's own name, when the workspace says it: the caller's (the setting
   * `zonemail.mail.hostName`, the CLI's `--mail-host`), else a .cf's `Dj` (or a qualified `Dw`), else
   * an .mc's `define(`confDOMAIN_NAME', …)`. `source` says which, `place` where it is written.
   * Without it, this host's names are class w ∩ the MX exchangers (mxRoles).
   */
  hostName?: { name: string; source: string; place?: Place };
  /** MX records of the workspace's zones (filled by the caller, see mxFromRecords): domain → exchangers. */
  mx: Map<string, { exchange: string; preference: number }[]>;
}

/** The MX records of parsed zones, for MailIndex.mx (owner and exchange lower case, no trailing dot). */
export function mxFromRecords(records: Iterable<{ typeCode: number; key: string; rdata?: unknown }>, into: Map<string, { exchange: string; preference: number }[]> = new Map()): Map<string, { exchange: string; preference: number }[]> {
  for (const r of records) {
    if (r.typeCode !== 15) continue;
    const rd = r.rdata as { preference?: number; exchange?: { key?: string } } | undefined;
    const ex = rd?.exchange?.key;
    if (ex === undefined || typeof rd?.preference !== 'number' || ex === '.') continue;
    const d = r.key.replace(/\.$/, '');
    let l = into.get(d);
    if (!l) into.set(d, (l = []));
    const e = ex.replace(/\.$/, '');
    if (!l.some((x) => x.exchange === e && x.preference === rd.preference)) l.push({ exchange: e, preference: rd.preference });
  }
  return into;
}

/** True when this host relays mail to the domain (it or a parent domain is listed). */
export function relaysDomain(index: MailIndex, domain: string): boolean {
  let d = domain.toLowerCase().replace(/\.$/, '');
  for (;;) {
    if (index.relayDomains.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

/**
 * The MX role of this host for each domain of the workspace's zones whose MX list names a host of
 * class w (this host's own names): 'primary' when no other exchanger has a lower preference, else
 * 'backup' (DOMAIN.md §3, seed §6.1).
 */
export interface MxRole {
  domain: string;
  /** This host's name in the domain's MX list. */
  self: string;
  role: 'primary' | 'backup';
  preference: number;
  primary: string;
  /** How this host was named: `named by <source>` or `in class w`. */
  via: string;
}

export function mxRoles(index: MailIndex): MxRole[] {
  const out: MxRole[] = [];
  const host = index.hostName?.name.toLowerCase().replace(/\.$/, '');
  const via = index.hostName ? `named by ${index.hostName.source}` : 'in class w';
  for (const [domain, list] of index.mx) {
    // The host's name when the workspace says it; else every class w member the MX list names.
    const mine = list.filter((x) => (host !== undefined ? x.exchange === host : index.classW.has(x.exchange)));
    if (mine.length === 0) continue;
    const best = Math.min(...list.map((x) => x.preference));
    const self = mine.reduce((a, b) => (b.preference < a.preference ? b : a));
    const primary = list.filter((x) => x.preference === best).map((x) => x.exchange)[0];
    // The host's own names may include the domain itself (a host that is its own mail domain): skip.
    if (self.exchange === domain && list.length === 1) continue;
    out.push({ domain, self: self.exchange, role: self.preference === best ? 'primary' : 'backup', preference: self.preference, primary, via });
  }
  return out;
}

const SAMPLE = /\.(sample|samples)$/i;

/**
 * Where a finding about this host's own name is reported: its line in class w, else where the
 * workspace names the host (`Dj`, confDOMAIN_NAME), else the start of the first class w file.
 */
/**
 * This host's MX roles of one kind whose place (selfPlace) is in `file`, with that place: what the
 * backup/primary MX checks of a sendmail file report on.
 */
export function rolesPlacedIn(index: MailIndex, role: MxRole['role'], file: string): { r: MxRole; p: Place }[] {
  const out: { r: MxRole; p: Place }[] = [];
  if (index.mx.size === 0) return out;
  for (const r of mxRoles(index)) {
    if (r.role !== role) continue;
    const p = selfPlace(index, r.self);
    if (p && p.file === file) out.push({ r, p });
  }
  return out;
}

export function selfPlace(index: MailIndex, self: string): Place | undefined {
  const p = index.classW.get(self);
  if (p) return p;
  if (index.hostName?.place && index.hostName.name.toLowerCase().replace(/\.$/, '') === self) return index.hostName.place;
  return index.classWFiles[0] !== undefined ? { file: index.classWFiles[0], start: 0, end: 0 } : undefined;
}

export interface MailIndexOptions {
  /** This host's name as the user gives it (setting, CLI option), and what to call that source. */
  hostName?: string;
  hostNameSource?: string;
}

export function buildMailIndex(files: readonly MailWorkspaceFile[], options: MailIndexOptions = {}): MailIndex {
  const index: MailIndex = { classW: new Map(), virtHost: new Map(), classWSources: [], classWFiles: [], classG: new Map(), classGSources: [], classGFiles: [], genericsEntireDomain: false, virtuserDomains: new Map(), relayDomains: new Set(), accessFiles: [], mx: new Map() };
  const addW = (word: string, p: Place): void => {
    const k = word.toLowerCase().replace(/\.$/, '');
    if (k !== '' && !index.classW.has(k)) index.classW.set(k, p);
  };
  const addG = (word: string, p: Place): void => {
    const k = word.toLowerCase().replace(/\.$/, '');
    if (k !== '' && !index.classG.has(k)) index.classG.set(k, p);
  };
  const baseOf = (s: string): string => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
  /** Host names written in the files: a .cf's Dj, a qualified Dw, an .mc's confDOMAIN_NAME (first wins, in that order). */
  const named: { rank: number; name: string; source: string; place: Place }[] = [];
  for (const f of files) {
    if (SAMPLE.test(f.file)) continue;
    const cls = f.kind === 'sendmail-class' ? f.classOf ?? classOfFile(f.file) : undefined;
    if (cls === 'R') {
      for (const w of parseClassFile(f.text)) index.relayDomains.add(w.word.toLowerCase().replace(/\.$/, ''));
    } else if (f.kind === 'sendmail-map' && (f.flavor ?? mapFlavor(f.file)) === 'access') {
      index.accessFiles.push(f.file);
      for (const e of parseMap(f.text).entries) {
        const m = /^(?:To:)?([^:@\s]+)$/i.exec(e.key);
        if (m && e.value === 'RELAY' && !/^(connect|from|spam):/i.test(e.key)) index.relayDomains.add(m[1].toLowerCase().replace(/\.$/, ''));
      }
    } else if (cls === 'w') {
      index.classWSources.push(f.file);
      index.classWFiles.push(f.file);
      for (const w of parseClassFile(f.text)) addW(w.word, { file: f.file, start: w.start, end: w.end });
    } else if (cls === 'G') {
      index.classGSources.push(f.file);
      index.classGFiles.push(f.file);
      for (const w of parseClassFile(f.text)) addG(w.word, { file: f.file, start: w.start, end: w.end });
    } else if (f.kind === 'sendmail-cf') {
      // Cw/C{w} words and Fw files (read when the workspace holds them: see namedClassFiles); CG/FG likewise.
      let anyW = false, anyG = false;
      for (const l of parseCf(f.text)) {
        if (l.kind === 'D' && (l.name === 'j' || l.name === 'w')) {
          const v = (l.value ?? '').trim();
          if (v !== '' && !v.includes('$') && !/\s/.test(v) && (l.name === 'j' || v.includes('.'))) {
            named.push({ rank: l.name === 'j' ? 0 : 1, name: v, source: `${baseOf(f.file)}'s D${l.name}`, place: { file: f.file, start: l.start, end: l.start + l.text.length } });
          }
        }
        if ((l.name !== 'w' && l.name !== 'G') || (l.kind !== 'C' && l.kind !== 'F')) continue;
        if (l.name === 'w') anyW = true; else anyG = true;
        if (l.kind === 'C') {
          const words = (l.value ?? '').split(/\s+/).filter((w) => w !== '' && !w.startsWith('$'));
          for (const w of words) (l.name === 'w' ? addW : addG)(w, { file: f.file, start: l.start, end: l.end });
        }
      }
      if (anyW) index.classWSources.push(f.file);
      if (anyG) index.classGSources.push(f.file);
    } else if (f.kind === 'sendmail-mc') {
      const mc = parseMc(f.text);
      let any = false, anyG = false;
      for (const c of mc.calls) {
        const arg = c.args[0];
        if (!arg) continue;
        if (c.name === 'GENERICS_DOMAIN' || c.name === 'GENERICS_DOMAIN_FILE') anyG = true;
        if (c.name === 'GENERICS_DOMAIN') for (const w of arg.value.split(/\s+/).filter((x) => x !== '')) addG(w, { file: f.file, start: arg.start, end: arg.end });
        if (c.name === 'FEATURE' && arg.value.trim() === 'generics_entire_domain') index.genericsEntireDomain = true;
        if (c.name === 'define' && /^confCW_FILE$/.test(arg.value.trim())) any = true;
        if (c.name === 'define' && arg.value.trim() === 'confDOMAIN_NAME' && c.args[1]) {
          const v = c.args[1].value.trim();
          if (v !== '' && !v.includes('$') && !/\s/.test(v)) named.push({ rank: 2, name: v, source: `${baseOf(f.file)}'s confDOMAIN_NAME`, place: { file: f.file, start: c.args[1].start, end: c.args[1].end } });
        }
        if (c.name === 'LOCAL_DOMAIN' || c.name === 'VIRTUSER_DOMAIN') {
          any = true;
          for (const w of arg.value.split(/\s+/).filter((x) => x !== '')) {
            const p = { file: f.file, start: arg.start, end: arg.end };
            if (c.name === 'LOCAL_DOMAIN') addW(w, p);
            else if (!index.virtHost.has(w.toLowerCase())) index.virtHost.set(w.toLowerCase(), p);
          }
        }
        if (c.name === 'FEATURE' && arg.value.trim() === 'use_cw_file') any = true;
      }
      if (any) index.classWSources.push(f.file);
      if (anyG) index.classGSources.push(f.file);
    } else if (f.kind === 'sendmail-map' && (f.flavor ?? mapFlavor(f.file)) === 'virtusertable') {
      for (const e of parseMap(f.text).entries) {
        const at = e.key.lastIndexOf('@');
        if (at < 0) continue;
        const d = e.key.slice(at + 1).toLowerCase().replace(/\.$/, '');
        if (d === '') continue;
        let l = index.virtuserDomains.get(d);
        if (!l) index.virtuserDomains.set(d, (l = []));
        l.push({ file: f.file, start: e.keyStart + at + 1, end: e.keyEnd });
      }
    }
  }
  if (options.hostName !== undefined && options.hostName.trim() !== '') {
    index.hostName = { name: options.hostName.trim().replace(/\.$/, ''), source: options.hostNameSource ?? 'the settings' };
  } else if (named.length > 0) {
    const h = named.sort((a, b) => a.rank - b.rank)[0];
    index.hostName = { name: h.name.replace(/\.$/, ''), source: h.source, place: h.place };
  }
  return index;
}

/** True when class w (or VIRTUSER_DOMAIN) covers the domain. */
export function acceptsDomain(index: MailIndex, domain: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return index.classW.has(d) || index.virtHost.has(d);
}

/** True when class G covers the domain (or a parent of it, with FEATURE(`generics_entire_domain')). */
export function genericsDomain(index: MailIndex, domain: string): boolean {
  let d = domain.toLowerCase().replace(/\.$/, '');
  if (index.classG.has(d)) return true;
  if (!index.genericsEntireDomain) return false;
  for (let dot = d.indexOf('.'); dot >= 0; dot = d.indexOf('.')) {
    d = d.slice(dot + 1);
    if (index.classG.has(d)) return true;
  }
  return false;
}

/**
 * The domains this host receives mail for, as zone-name keys (lower case, trailing dot): class w
 * and VIRTUSER_DOMAIN, plus virtusertable domains — for `mail-domain-without-mx` on the zone side.
 * Host names that are only names of this machine (localhost, bare names without a dot, IP literals)
 * are left out.
 */
export function mailDomainKeys(index: MailIndex): Set<string> {
  const out = new Set<string>();
  for (const d of [...index.classW.keys(), ...index.virtHost.keys(), ...index.virtuserDomains.keys()]) {
    if (!d.includes('.') || d.startsWith('[') || /^[\d.]+$/.test(d) || /^localhost(\.|$)/.test(d) || /\.local(domain)?$/.test(d)) continue;
    out.add(d + '.');
  }
  return out;
}
