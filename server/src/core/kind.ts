/**
 * Which Zonemail language a file is, from its name and (for ambiguous names) its first bytes.
 * Used alike by the CLI's directory walk and, through package.json's patterns, by the extension.
 */
export type FileKind = 'dns-zone' | 'sendmail-mc' | 'sendmail-cf' | 'sendmail-map' | 'sendmail-aliases' | 'sendmail-class';

/** Which table a sendmail map is: decides the key and right-hand-side checks. */
export type MapFlavor = 'virtusertable' | 'genericstable' | 'mailertable' | 'access' | 'domaintable' | 'authinfo' | 'userdb' | 'other';

/** Looks like the first line of a zone file: a directive, an SOA, a record, or a zone-ish comment. */
const ZONE_FIRST_LINE = /^(\$(ORIGIN|TTL|INCLUDE|GENERATE)\b|;|\S+\s+(\d+[a-zA-Z0-9]*\s+)?(IN\s+)?(SOA|NS|A|AAAA|MX|CNAME|TXT|PTR)\s)/i;

/**
 * Sendmail's text tables by name (the sources `makemap` compiles into `name.db`), optionally
 * prefixed `sendmail.` (PLD, Mandriva) and suffixed `.sample`/`.samples`/`.txt`/`.in`/`.src` — the
 * same patterns as package.json's `sendmail-map` language.
 */
const MAP_NAME = /^(?:sendmail\.)?(virtusertable|genericstable|mailertable|access|domaintable|authinfo|userdb)(?:\.(?:sample|samples|txt|in|src))?$/;
const ALIASES_NAME = /^(?:sendmail\.)?aliases(?:\.(?:sample|samples|txt|in|src))?$/;
const CLASS_NAME = /^(local-host-names|sendmail\.cw|sendmail\.ct|relay-domains|trusted-users|virtuser-domains|generics-domains)(?:\.(?:sample|samples|txt|in|src))?$/;
const CF_NAME = /^(sendmail|submit)\.cf(?:\.(?:sample|in))?$/;

/** Options of detectKind beyond the file's own name and head. */
export interface KindOptions {
  /**
   * Map files named by the workspace's `.mc` files (`FEATURE(`virtusertable', `btree
   * /etc/mail/domainaliases')`): base names (lower case) → which table. See mcMapFiles.
   */
  mcMaps?: ReadonlyMap<string, MapFlavor>;
  /**
   * Class files named by the workspace's `.cf` (`Fw/etc/mail/mydomains`) and `.mc` files
   * (`define(`confCW_FILE', …)`, GENERICS_DOMAIN_FILE, RELAY_DOMAIN_FILE): base names (lower case) →
   * which class. See namedClassFiles.
   */
  classFiles?: ReadonlyMap<string, ClassLetter>;
  /**
   * The user's own file patterns (setting `zonemail.sendmail.files`, CLI `--files GLOB=KIND`), tried
   * before the built-in names. See parseFileGlobs.
   */
  globs?: readonly FileGlob[];
}

/** A user pattern: files matching `glob` are `kind` (for maps, optionally which table). */
export interface FileGlob {
  glob: string;
  kind: FileKind;
  flavor?: MapFlavor;
  /** The compiled pattern (globToRegExp). */
  re: RegExp;
}

const KINDS: readonly FileKind[] = ['dns-zone', 'sendmail-mc', 'sendmail-cf', 'sendmail-map', 'sendmail-aliases', 'sendmail-class'];
const FLAVORS: readonly MapFlavor[] = ['virtusertable', 'genericstable', 'mailertable', 'access', 'domaintable', 'authinfo', 'userdb'];

/**
 * A glob as VS Code's files.associations writes them: `*` (within a name), `**` (any directories),
 * `?`, `{a,b}`, `[abc]`. Without a `/` it matches the base name; with one, the end of the path
 * (`mail/*.map` matches `/etc/mail/x.map`; `**` at the start matches anywhere). Case-insensitive.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) { re += '\\{'; continue; }
      re += '(?:' + glob.slice(i + 1, close).split(',').map((a) => a.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('|') + ')';
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) { re += '\\['; continue; }
      re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      i = close;
    } else if (c === '\\') re += '/';
    else re += c.replace(/[.+^$()|\]\\/]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `(?:^|/)${re.replace(/^\(\?:\.\*\/\)\?/, '')}$` : `^${re}$`, 'i');
}

/**
 * The user's patterns from the setting's JSON object `{ "glob": "kind" }`: a kind is a language id
 * (`sendmail-map`, `sendmail-class`, `dns-zone`…) or a map table (`virtusertable`, `mailertable`,
 * `access`… — a `sendmail-map` of that table). Entries with another value are returned as errors.
 */
export function parseFileGlobs(v: unknown): { globs: FileGlob[]; errors: string[] } {
  const globs: FileGlob[] = [];
  const errors: string[] = [];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { globs, errors };
  for (const [glob, value] of Object.entries(v as Record<string, unknown>)) {
    const k = typeof value === 'string' ? value.trim() : '';
    if (glob.trim() === '') { errors.push('an empty pattern'); continue; }
    if ((KINDS as readonly string[]).includes(k)) globs.push({ glob, kind: k as FileKind, re: globToRegExp(glob) });
    else if ((FLAVORS as readonly string[]).includes(k)) globs.push({ glob, kind: 'sendmail-map', flavor: k as MapFlavor, re: globToRegExp(glob) });
    else errors.push(`'${glob}': '${String(value)}' is not a file kind (${KINDS.join(', ')}) nor a map table (${FLAVORS.join(', ')})`);
  }
  return { globs, errors };
}

/** The first user pattern that matches the file (path with / or \\ separators). */
export function matchGlob(fileName: string, globs: readonly FileGlob[] | undefined): FileGlob | undefined {
  if (!globs || globs.length === 0) return undefined;
  const p = fileName.replace(/\\/g, '/');
  const base = p.slice(p.lastIndexOf('/') + 1);
  return globs.find((g) => g.re.test(g.glob.includes('/') ? p : base));
}

/** The classes whose member files feed the workspace index: w (local names), G (generics domains), R (relay domains). */
export type ClassLetter = 'w' | 'G' | 'R';

/**
 * The kind of a file, or undefined when Zonemail does not handle it.
 * `head` is the beginning of the file (a few hundred characters are enough); binary content
 * (a NUL byte, e.g. sendmail's compiled virtusertable.db) is never a text kind.
 */
export function detectKind(fileName: string, head: string, options: KindOptions = {}): FileKind | undefined {
  if (head.indexOf('\0') >= 0) return undefined;
  const user = matchGlob(fileName, options.globs);
  if (user) return user.kind;
  const base = baseName(fileName).toLowerCase();
  if (/\.mc$/.test(base)) return 'sendmail-mc';
  if (CF_NAME.test(base)) return 'sendmail-cf';
  if (ALIASES_NAME.test(base)) return 'sendmail-aliases';
  if (CLASS_NAME.test(base)) return 'sendmail-class';
  if (MAP_NAME.test(base) || options.mcMaps?.has(base)) return 'sendmail-map';
  if (options.classFiles?.has(base)) return 'sendmail-class';
  const firstLine = firstContentLine(head);
  if (/\.(zone|arpa|rev|hosts)$/.test(base) || /\.zone\.in$/.test(base) || /^db\./.test(base)) return 'dns-zone';
  if (/\.db(\.in)?$/.test(base)) return firstLine !== undefined && ZONE_FIRST_LINE.test(firstLine) ? 'dns-zone' : undefined;
  return undefined;
}

/** Which table a sendmail map file is, from its name (or the `.mc` line that names it). */
export function mapFlavor(fileName: string, options: KindOptions = {}): MapFlavor {
  const user = matchGlob(fileName, options.globs);
  if (user?.flavor) return user.flavor;
  const base = baseName(fileName).toLowerCase();
  const m = MAP_NAME.exec(base);
  if (m) return m[1] as MapFlavor;
  return options.mcMaps?.get(base) ?? 'other';
}

/** The FEATUREs whose second argument is a map spec, and the table each map is. */
const MAP_FEATURES: Readonly<Record<string, MapFlavor>> = {
  virtusertable: 'virtusertable', genericstable: 'genericstable', mailertable: 'mailertable',
  access_db: 'access', domaintable: 'domaintable', authinfo: 'authinfo',
};

/**
 * The map files a `.mc` file names in `FEATURE(`virtusertable', `btree /etc/mail/domainaliases')`
 * -style lines: the source file's base name (the path without `.db`), lower case, with its table.
 * A map spec without a path (the default `/etc/mail/virtusertable`) names nothing new.
 */
export function mcMapFiles(mcText: string): Map<string, MapFlavor> {
  const out = new Map<string, MapFlavor>();
  const re = /FEATURE\(\s*`?([A-Za-z_]+)'?\s*,\s*`?([^')\n]*)'?\s*\)/g;
  for (let m = re.exec(mcText); m !== null; m = re.exec(mcText)) {
    const flavor = MAP_FEATURES[m[1]];
    if (flavor === undefined) continue;
    const words = m[2].trim().split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
    const path = words.length >= 2 ? words[words.length - 1] : words[0]?.includes('/') ? words[0] : undefined;
    if (path === undefined || !path.includes('/')) continue;
    const b = baseName(path).toLowerCase().replace(/\.db$/, '');
    if (b !== '') out.set(b, flavor);
  }
  return out;
}

/** The class a class file is by its name: local-host-names/sendmail.cw (w), generics-domains (G), relay-domains (R). */
export function classOfFile(fileName: string, options: KindOptions = {}): ClassLetter | undefined {
  const base = baseName(fileName).toLowerCase();
  if (/^(local-host-names|sendmail\.cw)$/.test(base)) return 'w';
  if (base === 'generics-domains') return 'G';
  if (base === 'relay-domains') return 'R';
  return options.classFiles?.get(base);
}

/**
 * The class files a `.cf` (`Fw/etc/mail/local-host-names`, `F{w} -o /etc/mail/x %[^\#]`, `FG…`,
 * `FR…`) or an `.mc` (`define(`confCW_FILE', `-o /etc/mail/x')`, `define(`confCR_FILE', …)`,
 * GENERICS_DOMAIN_FILE(`…'), RELAY_DOMAIN_FILE(`…')) names: base name (lower case) → class.
 * Paths that are programs (`F{w}|cmd`) or maps (`F{w}@map`) name no file.
 */
export function namedClassFiles(text: string, kind: 'sendmail-mc' | 'sendmail-cf'): Map<string, ClassLetter> {
  const out = new Map<string, ClassLetter>();
  const add = (cls: string, spec: string): void => {
    const letter = cls === 'w' || cls === 'G' || cls === 'R' ? cls : undefined;
    if (letter === undefined) return;
    const path = spec.trim().split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'))[0];
    if (path === undefined || !path.startsWith('/')) return;
    const b = baseName(path).toLowerCase();
    if (b !== '') out.set(b, letter);
  };
  if (kind === 'sendmail-cf') {
    for (const m of text.matchAll(/^F(\{[A-Za-z]+\}|[A-Za-z])(.*)$/gm)) add(m[1].replace(/^\{|\}$/g, ''), m[2]);
  } else {
    for (const m of text.matchAll(/define\(\s*`?conf(CW|CR)_FILE'?\s*,\s*`?([^')\n]*)'?\s*\)/g)) add(m[1] === 'CW' ? 'w' : 'R', m[2]);
    for (const m of text.matchAll(/\b(GENERICS|RELAY)_DOMAIN_FILE\(\s*`?([^')\n]*)'?\s*\)/g)) add(m[1] === 'GENERICS' ? 'G' : 'R', m[2]);
  }
  return out;
}

function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

function firstContentLine(head: string): string | undefined {
  for (const line of head.split(/\r?\n|\r/)) {
    if (line.trim() !== '') return line;
  }
  return undefined;
}
