/**
 * Hover for sendmail files: FEATUREs, conf… defines and macros of an .mc, options and line kinds of a
 * .cf, access tags and values, virtusertable/mailertable/genericstable forms, `error:` status codes,
 * aliases forms and class files. Texts come from docs.ts and catalogue.ts (their sources are named there).
 */
import type { SendmailContext } from './api';
import { CONF_NAMES, DEPRECATED_FEATURES, FEATURES, MAILERS, OBSOLETE_CONFS, OPTIONS, OSTYPES } from './catalogue';
import { ACCESS_TAGS, ACCESS_VALUES, ALIAS_FORMS, CF_LINE_KINDS, CLASS_FILES, DSN_DETAILS, FEATURE_DOCS, MC_MACROS, OPTION_NOTES, VIRTUSER_RHS } from './docs';

export interface SendmailHover { contents: string; start: number; end: number }

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const BY_CONF = new Map(OPTIONS.map((o) => [o[1], o]));
const BY_OPTION = new Map(OPTIONS.map((o) => [o[0].toLowerCase(), o]));
const CONFS = new Set(CONF_NAMES);

/** The word (run of characters matching `re`) around `offset`. */
function wordAt(text: string, offset: number, re = /[A-Za-z0-9_.+*@%:-]/): { word: string; start: number; end: number } | undefined {
  let s = offset, e = offset;
  while (s > 0 && re.test(text[s - 1])) s--;
  while (e < text.length && re.test(text[e])) e++;
  return e > s ? { word: text.slice(s, e), start: s, end: e } : undefined;
}

/** An explanation of an enhanced status code (RFC 3463) and reply code. */
export function dsnDoc(dsn: string, code?: string): string {
  const [cls, ...rest] = dsn.split('.');
  const clsText = cls === '2' ? 'success' : cls === '4' ? 'temporary failure (the sender retries)' : cls === '5' ? 'permanent failure (bounced)' : 'invalid class';
  const detail = DSN_DETAILS[rest.join('.')];
  return `**${dsn}** (RFC 3463): ${clsText}${detail ? `, ${detail}` : ''}${code ? `; SMTP reply **${code}**${code[0] !== cls ? ' — a different class than the status code' : ''}` : ''}.`;
}

export function confDoc(name: string): string {
  if (has(OBSOLETE_CONFS, name)) return `**${name}** — m4: "${OBSOLETE_CONFS[name]}"`;
  const o = BY_CONF.get(name);
  if (o) return `**${name}** sets the sendmail.cf option **${o[0]}**${o[2] !== '' ? ` (default \`${o[2]}\`)` : ''}${o[3] ? `: ${o[3]}` : ''}${OPTION_NOTES[o[0]] ? `. ${OPTION_NOTES[o[0]]}` : ''}`;
  if (CONFS.has(name)) return `**${name}** — read by sendmail's m4 files (see cf/README).`;
  return `**${name}** — not read by any of sendmail's m4 files: defining it does nothing.`;
}

export function optionDoc(name: string): string | undefined {
  const o = BY_OPTION.get(name.toLowerCase());
  const note = OPTION_NOTES[o?.[0] ?? name];
  if (!o && !note) return undefined;
  return `**${o?.[0] ?? name}**${o ? ` (in the .mc: \`define(\`${o[1]}', …)\`${o[2] !== '' ? `, default \`${o[2]}\`` : ''})` : ''}${o?.[3] ? `: ${o[3]}` : ''}${note ? `${o?.[3] ? '. ' : ': '}${note}` : ''}`;
}

export function sendmailHover(ctx: SendmailContext, offset: number): SendmailHover | undefined {
  switch (ctx.kind) {
    case 'sendmail-mc': return mcHover(ctx, offset);
    case 'sendmail-cf': return cfHover(ctx, offset);
    case 'sendmail-map': return mapHover(ctx, offset);
    case 'sendmail-aliases': return aliasesHover(ctx, offset);
    case 'sendmail-class': return classHover(ctx, offset);
  }
}

function mcHover(ctx: SendmailContext, offset: number): SendmailHover | undefined {
  const w = wordAt(ctx.text, offset, /[A-Za-z0-9_.-]/);
  if (!w) return undefined;
  const at = (contents: string): SendmailHover => ({ contents, start: w.start, end: w.end });
  if (/^conf[A-Z]/.test(w.word)) return at(confDoc(w.word));
  // The first argument of FEATURE / MAILER / OSTYPE.
  const call = ctx.mc!.calls.find((c) => c.args.length > 0 && c.args[0].start <= offset && offset <= c.args[0].end);
  if (call && ['FEATURE', 'MAILER', 'OSTYPE'].includes(call.name)) {
    const name = call.args[0].value.trim();
    if (call.name === 'FEATURE') {
      if (has(FEATURE_DOCS, name) || FEATURES.includes(name)) return at(`**FEATURE(${name})** — ${FEATURE_DOCS[name] ?? 'see cf/README.'}${has(DEPRECATED_FEATURES, name) ? ` Deprecated: use FEATURE(${DEPRECATED_FEATURES[name]}).` : ''}`);
      return at(`**${name}** is not a sendmail FEATURE (cf/feature/${name}.m4 does not exist).`);
    }
    if (call.name === 'MAILER') return at(MAILERS.includes(name) ? `**MAILER(${name})** — the delivery agents of cf/mailer/${name}.m4.` : `**${name}** is not one of sendmail's mailers (${MAILERS.join(', ')}).`);
    return at(OSTYPES.includes(name) ? `**OSTYPE(${name})** — paths and flags of cf/ostype/${name}.m4.` : `**${name}** is not an OSTYPE of sendmail's cf tree (a site may add its own).`);
  }
  if (has(MC_MACROS, w.word)) return at(MC_MACROS[w.word]);
  return undefined;
}

function cfHover(ctx: SendmailContext, offset: number): SendmailHover | undefined {
  const line = ctx.cf!.find((l) => l.start <= offset && offset <= l.end);
  if (!line) return undefined;
  if (offset === line.start && has(CF_LINE_KINDS, line.kind)) return { contents: CF_LINE_KINDS[line.kind], start: line.start, end: line.start + 1 };
  if (line.kind === 'O' && line.name && line.nameStart !== undefined && line.nameEnd !== undefined && offset >= line.nameStart && offset <= line.nameEnd) {
    const d = optionDoc(line.name);
    return { contents: d ?? `**${line.name}** — a sendmail option (op.me §5.6).`, start: line.nameStart, end: line.nameEnd };
  }
  if ((line.kind === 'C' || line.kind === 'F') && line.name === 'w' && line.nameStart !== undefined && offset <= line.nameEnd!) {
    return { contents: '**class w** — the names this host receives mail for as final destination (local-host-names).', start: line.nameStart, end: line.nameEnd! };
  }
  if (has(CF_LINE_KINDS, line.kind) && offset <= line.start + 1) return { contents: CF_LINE_KINDS[line.kind], start: line.start, end: line.start + 1 };
  return undefined;
}

function mapHover(ctx: SendmailContext, offset: number): SendmailHover | undefined {
  const e = ctx.map!.entries.find((x) => x.keyStart <= offset && offset <= x.valueEnd);
  if (!e) return undefined;
  const inKey = offset <= e.keyEnd;
  const range = inKey ? { start: e.keyStart, end: e.keyEnd } : { start: e.valueStart, end: e.valueEnd };
  const v = e.value;
  const errorDoc = (rest: string): string => {
    const m = /^"?([245]\.\d{1,3}\.\d{1,3}):"?([2-5]\d\d)?/.exec(rest);
    return m ? dsnDoc(m[1], m[2]) : '';
  };
  if (ctx.flavor === 'access') {
    if (inKey) {
      const tag = /^([A-Za-z][\w-]*):/.exec(e.key)?.[1];
      const t = tag?.toLowerCase();
      if (t && has(ACCESS_TAGS, t)) return { contents: ACCESS_TAGS[t], ...range };
      return { contents: tag && !/^ipv6$/i.test(tag) ? `**${tag}:** — not one of sendmail's access tags (a milter's own, or a typo).` : 'An **untagged** key (deprecated, cf/README): looked up for connections, senders and recipients alike.', ...range };
    }
    const word = v.split(/[\s:]/)[0];
    if (/^ERROR:/.test(v)) return { contents: `${ACCESS_VALUES['ERROR:']}\n\n${errorDoc(v.slice(6))}`, ...range };
    if (/^QUARANTINE:/.test(v)) return { contents: ACCESS_VALUES['QUARANTINE:'], ...range };
    if (has(ACCESS_VALUES, word)) return { contents: ACCESS_VALUES[word], ...range };
    return undefined;
  }
  if (ctx.flavor === 'virtusertable') {
    if (inKey) {
      if (e.key.startsWith('@')) return { contents: VIRTUSER_RHS.catchAll, ...range };
      if (/\+[*+]@/.test(e.key)) return { contents: VIRTUSER_RHS.plus, ...range };
      return { contents: `**${e.key}** — looked up exactly for this address (its domain must be in class w or VIRTUSER_DOMAIN).`, ...range };
    }
    if (/^error:/i.test(v)) return { contents: `${VIRTUSER_RHS.error}\n\n${errorDoc(v.slice(6))}`, ...range };
    const parts = [v.includes('@') ? VIRTUSER_RHS.address : VIRTUSER_RHS.local];
    if (/%\d/.test(v)) parts.push(VIRTUSER_RHS.placeholder);
    return { contents: parts.join('\n\n'), ...range };
  }
  if (ctx.flavor === 'mailertable') {
    if (inKey) return { contents: e.key === '.' ? '**.** — every domain no other line matches.' : e.key.startsWith('.') ? `**${e.key}** — every host below ${e.key.slice(1)} (%1 in the value is the part before it).` : `**${e.key}** — this host exactly.`, ...range };
    if (/^error:/i.test(v)) return { contents: `**error:** — reject mail for this domain.\n\n${errorDoc(v.slice(6))}`, ...range };
    const m = /^([^:]+):(.*)$/.exec(v);
    if (m) return { contents: `Deliver with the **${m[1]}** mailer${m[2] ? ` to **${m[2]}**` : ''}${/^\[.*\]$/.test(m[2]) ? ' — in brackets: that host itself, no MX lookup' : m[2] ? ' (its MX records are used)' : ''}.`, ...range };
    return undefined;
  }
  if (ctx.flavor === 'genericstable') {
    return { contents: inKey ? `**${e.key}** — a local sender (or user@domain of GENERICS_DOMAIN) whose address is rewritten.` : `Outgoing mail from **${e.key}** shows the sender **${v}**.`, ...range };
  }
  return undefined;
}

function aliasesHover(ctx: SendmailContext, offset: number): SendmailHover | undefined {
  const a = ctx.aliases!.aliases.find((x) => x.nameStart <= offset && offset <= x.end);
  if (!a) return undefined;
  if (offset <= a.nameEnd) {
    const extra = has(ALIAS_FORMS, a.key) ? `\n\n${ALIAS_FORMS[a.key as keyof typeof ALIAS_FORMS]}` : '';
    return { contents: `${ALIAS_FORMS.name}\n\n**${a.name}** → ${a.items.length} address${a.items.length === 1 ? '' : 'es'}.${extra}`, start: a.nameStart, end: a.nameEnd };
  }
  const i = a.items.find((x) => x.start <= offset && offset <= x.end);
  if (!i) return undefined;
  const local = i.kind === 'local' && ctx.aliases!.aliases.some((x) => x.key === i.target) ? ' It is an alias of this file.' : '';
  return { contents: ALIAS_FORMS[i.kind] + local, start: i.start, end: i.end };
}

function classHover(ctx: SendmailContext, offset: number): SendmailHover | undefined {
  const w = ctx.classWords!.find((x) => x.start <= offset && offset <= x.end);
  if (!w) return undefined;
  const base = ctx.baseName.replace(/\.(sample|samples|txt|in|src)$/, '');
  const doc = CLASS_FILES[base];
  return doc ? { contents: doc, start: w.start, end: w.end } : undefined;
}
