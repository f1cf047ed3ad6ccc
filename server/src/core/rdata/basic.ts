/**
 * Rdata parsers for the address, name, mail, text and service types (RFC 1035, 1183, 1876, 2163,
 * 2782, 3403, 3123, 6742, 7043, 7553, 8659 and BIND's behaviour).
 */
import type { AddressRdata, MxRdata, NameRdata, Rdata, RdataParser, RdToken, SoaRdata, SrvRdata, TxtRdata } from './api';
import {
  Fields, charString, charStringField, hexTokens, intToken, ipv4Problem, isIPv4, isIPv6, mnemonicOrInt, parseIPv4, parseIPv6Groups,
} from './util';
import { typeFromToken } from '../rrtypes';

const U16 = 0xffff;
const U32 = 0xffffffff;

// ------------------------------------------------------------------------------ addresses

const parseA: RdataParser = (toks, ctx) => {
  // Fast path (a third of the records of a typical zone): one plain, valid token.
  if (toks.length === 1 && !toks[0].quoted && isIPv4(toks[0].text, 0, toks[0].text.length)) return { address: toks[0].text } as AddressRdata;
  const f = new Fields(toks, ctx, 'A address');
  const t = f.word('the IPv4 address');
  f.end();
  if (!t) return undefined;
  if (!isIPv4(t.text, 0, t.text.length)) {
    ctx.error('invalid-ipv4', `'${t.text}' is not an IPv4 address: ${ipv4Problem(t.text)}`, t.start, t.end);
    return undefined;
  }
  return { address: t.text } as AddressRdata;
};

const parseAAAA: RdataParser = (toks, ctx) => {
  if (toks.length === 1 && !toks[0].quoted && isIPv6(toks[0].text)) return { address: toks[0].text } as AddressRdata;
  const f = new Fields(toks, ctx, 'AAAA address');
  const t = f.word('the IPv6 address');
  f.end();
  if (!t) return undefined;
  if (!isIPv6(t.text)) {
    const hint = parseIPv4(t.text) ? ' (this is an IPv4 address: use an A record)' : '';
    ctx.error('invalid-ipv6', `'${t.text}' is not an IPv6 address${hint}`, t.start, t.end);
    return undefined;
  }
  return { address: t.text } as AddressRdata;
};

// ------------------------------------------------------------------------------ one name

function nameType(type: string, field: string): RdataParser {
  const format = `${type} ${field}`;
  const what = `the ${field}`;
  return (toks, ctx) => {
    if (toks.length === 1) {
      const target = ctx.name(toks[0]);
      return target ? ({ target } as NameRdata) : undefined;
    }
    const f = new Fields(toks, ctx, format);
    const target = f.name(what);
    f.end();
    return target ? ({ target } as NameRdata) : undefined;
  };
}

/** preference + name (MX, KX, RT, AFSDB's subtype + hostname, LP). */
function prefName(type: string, prefField: string, nameField: string): RdataParser {
  const format = `${type} ${prefField} ${nameField}`;
  const prefWhat = `the ${prefField}`, nameWhat = `the ${nameField}`;
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, format);
    const preference = f.int(prefWhat, U16);
    const exchange = f.name(nameWhat);
    f.end();
    if (preference === undefined || !exchange) return undefined;
    return { preference, exchange } as MxRdata;
  };
}

function twoNames(type: string, a: string, b: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} ${a} ${b}`);
    const n1 = f.name(`the ${a}`);
    const n2 = f.name(`the ${b}`);
    f.end();
    if (!n1 || !n2) return undefined;
    return { [a]: n1, [b]: n2 };
  };
}

// ------------------------------------------------------------------------------ SOA

const parseSOA: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'SOA mname rname serial refresh retry expire minimum');
  const mname = f.name('the primary server name (mname)');
  const rnameTok = toks[f.i];
  const rname = f.name('the responsible mailbox (rname)');
  if (rnameTok && rname && !rnameTok.quoted && /^[^\\.]+@/.test(rnameTok.text)) {
    ctx.error('invalid-rdata', `the mailbox is written as a domain name, with '.' for '@': '${rnameTok.text.replace('@', '.')}'`, rnameTok.start, rnameTok.end);
  }
  const serialTok = toks[f.i];
  let serial: number | undefined;
  if (serialTok && !serialTok.quoted && /^[0-9]{10,}$/.test(serialTok.text) && Number(serialTok.text) > U32) {
    f.i++;
    f.failed = true;
    ctx.error('serial-out-of-range', `serial ${serialTok.text} is above 4294967295, the largest SOA serial (32 bits)`, serialTok.start, serialTok.end);
  } else {
    serial = f.int('the serial', U32);
  }
  const refresh = f.period('the refresh interval');
  const retry = f.period('the retry interval');
  const expire = f.period('the expire time');
  const minimum = f.period('the minimum (negative-caching TTL)');
  f.end();
  if (!mname || !rname || serial === undefined || refresh === undefined || retry === undefined || expire === undefined || minimum === undefined) {
    return undefined;
  }
  const r: SoaRdata = { mname, rname, serial, refresh, retry, expire, minimum, serialStart: serialTok.start, serialEnd: serialTok.end };
  return r;
};

// ------------------------------------------------------------------------------ text

function txtType(type: string): RdataParser {
  return (toks, ctx) => {
    if (toks.length === 0) {
      new Fields(toks, ctx, `${type} "text" ["text" …]`).missing('the text (at least one string)');
      return undefined;
    }
    // Exact-size array: TXT records are many, and push-grown arrays carry spare capacity.
    const strings: string[] = new Array<string>(toks.length);
    let octets = 0;
    let ok = true;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      const cs = charString(t, ctx);
      if (!cs) { ok = false; continue; }
      if (cs.octets > 255) {
        ctx.error('txt-string-too-long', `a ${type} string of ${cs.octets} octets; each string holds at most 255 — split it into several quoted strings ("part1" "part2")`, t.start, t.end);
        ok = false;
        continue;
      }
      strings[k] = cs.text;
      octets += cs.octets;
    }
    return ok ? ({ strings, octets } as TxtRdata) : undefined;
  };
}

const parseHINFO: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'HINFO cpu os');
  const a = f.next('the CPU string');
  const b = f.next('the OS string');
  f.end();
  if (!a || !b) return undefined;
  const cpu = charStringField(a, 'the CPU string', ctx);
  const os = charStringField(b, 'the OS string', ctx);
  return cpu !== undefined && os !== undefined ? { cpu, os } : undefined;
};

// ------------------------------------------------------------------------------ services

const parseSRV: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'SRV priority weight port target');
  const priority = f.int('the priority', U16);
  const weight = f.int('the weight', U16);
  const port = f.int('the port', U16);
  const target = f.name('the target host');
  f.end();
  if (priority === undefined || weight === undefined || port === undefined || !target) return undefined;
  return { priority, weight, port, target } as SrvRdata;
};

/** DSYNC (RFC 9859): where to send NOTIFY for CDS/CSYNC — rrtype, scheme (NOTIFY = 1), port, target. */
const parseDSYNC: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'DSYNC rrtype scheme port target');
  const tt = f.next('the RR type');
  const st = f.next('the scheme');
  const port = f.int('the port', U16);
  const target = f.name('the target');
  f.end();
  let rrtype: string | undefined;
  if (tt) {
    rrtype = tt.quoted ? undefined : typeFromToken(tt.text)?.type;
    if (!rrtype) ctx.error('invalid-rdata', `'${tt.text}' is not a record type (like CDS or CSYNC, or TYPEnnn)`, tt.start, tt.end);
  }
  const scheme = st ? mnemonicOrInt(st, 'the scheme', ctx, { NOTIFY: 1 }, 255) : undefined;
  if (!rrtype || scheme === undefined || port === undefined || !target) return undefined;
  return { rrtype, scheme, port, target };
};

const parseNAPTR: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'NAPTR order preference "flags" "services" "regexp" replacement');
  const order = f.int('the order', U16);
  const preference = f.int('the preference', U16);
  const ft = f.next('the flags string');
  const st = f.next('the services string');
  const rt = f.next('the regexp string');
  const replacement = f.name('the replacement name');
  f.end();
  if (order === undefined || preference === undefined || !ft || !st || !rt || !replacement) return undefined;
  const flags = charStringField(ft, 'the flags string', ctx);
  if (flags !== undefined && !/^[A-Za-z0-9]*$/.test(flags)) {
    ctx.error('invalid-rdata', `NAPTR flags are letters and digits only (like "U", "S", "A", "P"), not '${flags}'`, ft.start, ft.end);
  }
  const services = charStringField(st, 'the services string', ctx);
  const regexp = charStringField(rt, 'the regexp string', ctx);
  if (regexp !== undefined && regexp !== '') {
    const delim = regexp[0];
    const parts = splitUnescaped(regexp.slice(1), delim);
    if (/[0-9\\i]/.test(delim) || parts.length !== 3 || !/^i?$/.test(parts[2])) {
      ctx.error('invalid-rdata', `NAPTR regexp must be delim-char ERE delim-char replacement delim-char [i], like "!^.*$!sip:info@example.com!"`, rt.start, rt.end);
    }
  }
  if (flags === undefined || services === undefined || regexp === undefined) return undefined;
  return { order, preference, flags, services, regexp, replacement };
};

function splitUnescaped(s: string, delim: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) { cur += s[i] + s[i + 1]; i++; continue; }
    if (s[i] === delim) { out.push(cur); cur = ''; continue; }
    cur += s[i];
  }
  out.push(cur);
  return out;
}

const parseURI: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'URI priority weight "target"');
  const priority = f.int('the priority', U16);
  const weight = f.int('the weight', U16);
  const t = f.next('the target URI');
  f.end();
  if (priority === undefined || weight === undefined || !t) return undefined;
  const cs = charString(t, ctx);
  if (!cs) return undefined;
  return { priority, weight, target: cs.text };
};

const parseCAA: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'CAA flags tag "value"');
  const flags = f.int('the flags', 255);
  const tt = f.word('the property tag');
  const vt = f.next('the value');
  f.end();
  if (flags === undefined || !tt || !vt) return undefined;
  if (!/^[A-Za-z0-9]{1,255}$/.test(tt.text)) {
    ctx.error('invalid-rdata', `a CAA tag is letters and digits only (issue, issuewild, iodef…), not '${tt.text}'`, tt.start, tt.end);
    return undefined;
  }
  const cs = charString(vt, ctx);
  if (!cs) return undefined;
  return { flags, tag: tt.text, value: cs.text };
};

// ------------------------------------------------------------------------------ people and hosts

const parseX25: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'X25 psdn-address');
  const t = f.next('the PSDN address');
  f.end();
  if (!t) return undefined;
  const s = charStringField(t, 'the PSDN address', ctx);
  if (s === undefined) return undefined;
  if (!/^[0-9]{4,}$/.test(s)) {
    ctx.error('invalid-rdata', `an X25 PSDN address is at least 4 digits, not '${s}'`, t.start, t.end);
    return undefined;
  }
  return { address: s };
};

const parseISDN: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'ISDN address [sa]');
  const t = f.next('the ISDN address');
  const sa = f.left > 0 ? f.next('the subaddress') : undefined;
  f.end();
  if (!t) return undefined;
  const address = charStringField(t, 'the ISDN address', ctx);
  const sub = sa ? charStringField(sa, 'the subaddress', ctx) : undefined;
  return address === undefined ? undefined : { address, subaddress: sub };
};

const parsePX: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'PX preference map822 mapx400');
  const preference = f.int('the preference', U16);
  const map822 = f.name('the RFC 822 domain (map822)');
  const mapx400 = f.name('the X.400 domain (mapx400)');
  f.end();
  return preference === undefined || !map822 || !mapx400 ? undefined : { preference, map822, mapx400 };
};

const parseGPOS: RdataParser = (toks, ctx) => {
  // RFC 1712 gives ranges, but BIND stores the three strings as written (even empty): only the
  // number syntax is checked here.
  const f = new Fields(toks, ctx, 'GPOS "longitude" "latitude" "altitude"');
  const out: string[] = [];
  for (const what of ['the longitude', 'the latitude', 'the altitude']) {
    const t = f.next(what);
    if (!t) return undefined;
    if (t.text !== '' && !/^[-+]?[0-9]+(\.[0-9]*)?$/.test(t.text)) {
      ctx.error('invalid-rdata', `${what} must be a decimal number like -22.6882, not '${t.text}'`, t.start, t.end);
      return undefined;
    }
    out.push(t.text);
  }
  f.end();
  return { longitude: out[0], latitude: out[1], altitude: out[2] };
};

const parseWKS: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'WKS address protocol [service …]');
  const at = f.word('the IPv4 address');
  const pt = f.word('the protocol (tcp or udp)');
  const services = f.rest();
  if (!at || !pt) return undefined;
  if (!parseIPv4(at.text)) {
    ctx.error('invalid-ipv4', `'${at.text}' is not an IPv4 address: ${ipv4Problem(at.text)}`, at.start, at.end);
    return undefined;
  }
  const p = pt.text.toLowerCase();
  if (p !== 'tcp' && p !== 'udp' && !/^[0-9]+$/.test(p)) {
    ctx.error('invalid-rdata', `the WKS protocol is tcp, udp or a protocol number, not '${pt.text}'`, pt.start, pt.end);
    return undefined;
  }
  for (const s of services) {
    if (/^[0-9]+$/.test(s.text)) { if (intToken(s, 'the port', ctx, U16) === undefined) return undefined; }
    else if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(s.text)) {
      ctx.error('invalid-rdata', `'${s.text}' is not a service name or port number`, s.start, s.end);
      return undefined;
    }
  }
  return { address: at.text, protocol: p, services: services.length };
};

// ------------------------------------------------------------------------------ LOC (RFC 1876)

const parseLOC: RdataParser = (toks, ctx) => {
  const format = 'LOC d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]';
  const f = new Fields(toks, ctx, format);
  const angle = (what: string, maxDeg: number, hemis: string): number | undefined => {
    const parts: RdToken[] = [];
    let hemi: RdToken | undefined;
    while (f.left > 0) {
      const t = f.toks[f.i];
      if (t.text.length === 1 && hemis.includes(t.text.toUpperCase())) { hemi = t; f.i++; break; }
      if (parts.length === 3) break;
      parts.push(t);
      f.i++;
    }
    if (parts.length === 0) { f.missing(`the ${what} degrees`); return undefined; }
    if (!hemi) {
      const at = f.left > 0 ? f.toks[f.i] : parts[parts.length - 1];
      ctx.error('invalid-rdata', `the ${what} needs its hemisphere (${hemis.split('').join(' or ')}) after degrees [minutes [seconds]] — ${format}`, at.start, at.end);
      return undefined;
    }
    const d = intToken(parts[0], `the ${what} degrees`, ctx, maxDeg);
    if (d === undefined) return undefined;
    let v = d;
    if (parts.length > 1) {
      const m = intToken(parts[1], `the ${what} minutes`, ctx, 59);
      if (m === undefined) return undefined;
      v += m / 60;
    }
    if (parts.length > 2) {
      const t = parts[2];
      if (!/^[0-9]+(\.[0-9]{1,3})?$/.test(t.text) || Number(t.text) >= 60) {
        ctx.error('invalid-rdata', `the ${what} seconds must be 0 to 59.999 with at most 3 decimals, not '${t.text}'`, t.start, t.end);
        return undefined;
      }
      v += Number(t.text) / 3600;
    }
    if (v > maxDeg) {
      ctx.error('out-of-range', `the ${what} is above ${maxDeg} degrees`, parts[0].start, parts[parts.length - 1].end);
      return undefined;
    }
    return hemi.text.toUpperCase() === hemis[1] ? -v : v;
  };
  const latitude = angle('latitude', 90, 'NS');
  if (latitude === undefined) return undefined;
  const longitude = angle('longitude', 180, 'EW');
  if (longitude === undefined) return undefined;
  const meters = (t: RdToken, what: string, min: number, max: number): number | undefined => {
    const m = /^(-?[0-9]+(?:\.[0-9]{1,2})?)[mM]?$/.exec(t.text);
    const v = m ? Number(m[1]) : NaN;
    if (!m || v < min || v > max) {
      ctx.error('invalid-rdata', `${what} must be meters from ${min} to ${max} with at most 2 decimals (optionally followed by m), not '${t.text}'`, t.start, t.end);
      return undefined;
    }
    return v;
  };
  const at = f.next('the altitude');
  if (!at) return undefined;
  const altitude = meters(at, 'the altitude', -100000, 42849672.95);
  const extra: (number | undefined)[] = [];
  for (const what of ['the size', 'the horizontal precision', 'the vertical precision']) {
    if (f.left === 0) break;
    extra.push(meters(f.toks[f.i++], what, 0, 90000000));
  }
  f.end();
  if (altitude === undefined || extra.some((x) => x === undefined)) return undefined;
  return { latitude, longitude, altitude, size: extra[0] ?? 1, hp: extra[1] ?? 10000, vp: extra[2] ?? 10 };
};

// ------------------------------------------------------------------------------ EUI, ILNP, APL

function euiType(type: string, octets: number): RdataParser {
  const re = new RegExp(`^[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){${octets - 1}}$`);
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} ${Array(octets).fill('xx').join('-')}`);
    const t = f.word('the address');
    f.end();
    if (!t) return undefined;
    if (!re.test(t.text)) {
      ctx.error('invalid-rdata', `an ${type} address is ${octets} hex pairs joined by '-' (${Array(octets).fill('xx').join('-')}), not '${t.text}'`, t.start, t.end);
      return undefined;
    }
    return { address: t.text.toLowerCase() };
  };
}

const parseL32: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'L32 preference locator32');
  const preference = f.int('the preference', U16);
  const t = f.word('the 32-bit locator');
  f.end();
  if (preference === undefined || !t) return undefined;
  if (!parseIPv4(t.text)) {
    ctx.error('invalid-ipv4', `the L32 locator is written as an IPv4 address: ${ipv4Problem(t.text)}`, t.start, t.end);
    return undefined;
  }
  return { preference, locator: t.text };
};

function ilnp64(type: string, field: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} preference ${field}`);
    const preference = f.int('the preference', U16);
    const t = f.word(`the ${field}`);
    f.end();
    if (preference === undefined || !t) return undefined;
    if (!/^[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){3}$/.test(t.text)) {
      ctx.error('invalid-rdata', `the ${field} is four groups of 1–4 hex digits joined by ':' (like 2001:db8:0:1), not '${t.text}'`, t.start, t.end);
      return undefined;
    }
    return { preference, [field]: t.text.toLowerCase() };
  };
}

const parseAPL: RdataParser = (toks, ctx) => {
  let count = 0;
  for (const t of toks) {
    const m = /^(!?)([0-9]+):([^/]*)\/([0-9]+)$/.exec(t.text);
    if (t.quoted || !m) {
      ctx.error('invalid-rdata', `an APL item is [!]family:address/prefix (like 1:192.0.2.0/24 or 2:2001:db8::/32), not '${t.text}'`, t.start, t.end);
      return undefined;
    }
    const afi = Number(m[2]), prefix = Number(m[4]);
    if (afi === 1) {
      if (!parseIPv4(m[3])) { ctx.error('invalid-ipv4', `'${m[3]}' is not an IPv4 address: ${ipv4Problem(m[3])}`, t.start, t.end); return undefined; }
      if (prefix > 32) { ctx.error('out-of-range', `an IPv4 prefix length is at most 32, not ${prefix}`, t.start, t.end); return undefined; }
    } else if (afi === 2) {
      if (!parseIPv6Groups(m[3])) { ctx.error('invalid-ipv6', `'${m[3]}' is not an IPv6 address`, t.start, t.end); return undefined; }
      if (prefix > 128) { ctx.error('out-of-range', `an IPv6 prefix length is at most 128, not ${prefix}`, t.start, t.end); return undefined; }
    } else {
      ctx.error('invalid-rdata', `APL address family ${afi} is not supported: use 1 (IPv4) or 2 (IPv6)`, t.start, t.end);
      return undefined;
    }
    count++;
  }
  return { items: count };
};

// ------------------------------------------------------------------------------ NSAP

const parseNSAP: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'NSAP 0xhex');
  const t = f.word('the NSAP address');
  f.end();
  if (!t) return undefined;
  const m = /^0[xX]([0-9A-Fa-f.]+)$/.exec(t.text);
  if (!m) {
    ctx.error('invalid-rdata', `an NSAP address is '0x' followed by hex digits (dots allowed), not '${t.text}'`, t.start, t.end);
    return undefined;
  }
  const digits = m[1].replace(/\./g, '');
  const n = hexTokens([{ ...t, text: digits }], 'the NSAP address', ctx);
  return n === undefined ? undefined : { octets: n };
};

export const BASIC_PARSERS: Record<string, RdataParser> = {
  A: parseA,
  AAAA: parseAAAA,
  NS: nameType('NS', 'name server'),
  CNAME: nameType('CNAME', 'canonical name'),
  DNAME: nameType('DNAME', 'target'),
  PTR: nameType('PTR', 'target name'),
  MD: nameType('MD', 'mail destination'),
  MF: nameType('MF', 'mail forwarder'),
  MB: nameType('MB', 'mailbox host'),
  MG: nameType('MG', 'mail group member'),
  MR: nameType('MR', 'new mailbox'),
  'NSAP-PTR': nameType('NSAP-PTR', 'target name'),
  MX: prefName('MX', 'preference', 'mail exchanger'),
  KX: prefName('KX', 'preference', 'key exchanger'),
  RT: prefName('RT', 'preference', 'intermediate host'),
  AFSDB: prefName('AFSDB', 'subtype', 'hostname'),
  LP: prefName('LP', 'preference', 'FQDN'),
  SOA: parseSOA,
  TXT: txtType('TXT'),
  SPF: txtType('SPF'),
  AVC: txtType('AVC'),
  RESINFO: txtType('RESINFO'),
  HINFO: parseHINFO,
  RP: twoNames('RP', 'mbox', 'txt'),
  MINFO: twoNames('MINFO', 'rmailbx', 'emailbx'),
  SRV: parseSRV,
  DSYNC: parseDSYNC,
  NAPTR: parseNAPTR,
  URI: parseURI,
  CAA: parseCAA,
  X25: parseX25,
  ISDN: parseISDN,
  PX: parsePX,
  GPOS: parseGPOS,
  WKS: parseWKS,
  LOC: parseLOC,
  EUI48: euiType('EUI48', 6),
  EUI64: euiType('EUI64', 8),
  L32: parseL32,
  L64: ilnp64('L64', 'locator64'),
  NID: ilnp64('NID', 'node ID'),
  APL: parseAPL,
  NSAP: parseNSAP,
};

export type { Rdata };
