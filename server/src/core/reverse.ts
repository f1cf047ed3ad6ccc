/**
 * Reverse DNS across zone files: the address a reverse name stands for (`25.2.0.192.in-addr.arpa.`
 * → 192.0.2.25, RFC 2317 classless names too; `ip6.arpa.` nibbles → IPv6), and the other zone files
 * of a workspace (or of a CLI run) as forward zones the `ptr-mismatch` check can look names up in.
 * Pure: the caller hands in the other files' parses.
 */
import type { ParseResult, ZoneRecord } from './parser';
import type { AddressRdata, MxRdata, NameRef } from './rdata/api';
import type { ZoneModel } from './model';
import { canonicalIPv6 } from './rdata/util';
import { isSubdomain, parentName } from './names';

/**
 * The address a reverse name (canonical key) stands for, or undefined. IPv4: four decimal labels
 * under `in-addr.arpa.`, or RFC 2317's classless form (the last octet, one label naming the
 * block, three octets: `25.0/26.2.0.192.in-addr.arpa.`). IPv6: 32 hexadecimal nibbles under
 * `ip6.arpa.`. Shorter names (networks) stand for no one address.
 */
export function reverseAddress(key: string): string | undefined {
  if (key.endsWith('.in-addr.arpa.')) {
    const labels = key.slice(0, -'.in-addr.arpa.'.length).split('.');
    const octet = (s: string) => /^(0|[1-9][0-9]{0,2})$/.test(s) && Number(s) <= 255;
    if (labels.length === 4 && labels.every(octet)) return labels.reverse().join('.');
    if (labels.length === 5 && octet(labels[0]) && !octet(labels[1]) && labels.slice(2).every(octet)) {
      return [labels[4], labels[3], labels[2], labels[0]].join('.');
    }
    return undefined;
  }
  if (key.endsWith('.ip6.arpa.')) {
    const labels = key.slice(0, -'.ip6.arpa.'.length).split('.');
    if (labels.length !== 32 || !labels.every((l) => /^[0-9a-f]$/.test(l))) return undefined;
    const hex = labels.reverse().join('');
    return canonicalIPv6(hex.replace(/(.{4})(?!$)/g, '$1:'));
  }
  return undefined;
}

/** The reverse name of an address as written in an A/AAAA record (`192.0.2.25` → `25.2.0.192.in-addr.arpa.`), or undefined. */
export function reverseName(address: string): string | undefined {
  const a = canonicalAddress(address);
  if (a === undefined) return undefined;
  if (!a.includes(':')) return `${a.split('.').reverse().join('.')}.in-addr.arpa.`;
  // The 32 nibbles: the canonical form with its '::' expanded.
  const [head, tail] = a.split('::');
  const groups = (x: string | undefined) => (x ? x.split(':') : []);
  const h = groups(head), t = groups(tail);
  const all = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  if (all.length !== 8 || all.some((g) => g.includes('.'))) return undefined; // an embedded IPv4 tail: not written so by canonicalIPv6
  return `${all.map((g) => g.padStart(4, '0')).join('').split('').reverse().join('.')}.ip6.arpa.`;
}

/** An address as written in an A/AAAA record, in the form `reverseAddress` gives (IPv6 canonical). */
export function canonicalAddress(a: string): string | undefined {
  if (a.includes(':')) return canonicalIPv6(a);
  const parts = a.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number).join('.');
}

/** What a forward zone holds for one name. */
export interface ForwardName {
  /** The name's IPv4 and IPv6 addresses, canonical. */
  v4: string[];
  v6: string[];
  /** The name is an alias. */
  cname: boolean;
  /** The name has PTR records. */
  ptr: boolean;
  /** The targets of its PTR records (presentation form). */
  ptrs: string[];
}

/** A zone file of the workspace, seen as a forward zone. */
export interface ForwardZone {
  /** The apex (its SOA owner), canonical. */
  apex: string;
  /** The file, as the caller names it (path or URI). */
  file: string;
  /**
   * What a query for `key` gets from the zone: the name's own data, or, for a name that does not
   * exist, the data of the wildcard at its closest encloser (RFC 4592); undefined when neither.
   */
  lookup(key: string): ForwardName | undefined;
  /** True when another zone answers for `key`: it is below a delegation, or rewritten by a DNAME above it. */
  elsewhere(key: string): boolean;
  /** True when `key` has no records but names below it do (an empty non-terminal). */
  emptyNonTerminal(key: string): boolean;
  /** The names of the zone (not wildcards, not below a delegation) with this canonical address, in file order. */
  namesWith(address: string): string[];
}

/** The zone files of a workspace, by apex. */
export interface ForwardZones {
  /** The zone with the closest apex at or above `key`, if any. */
  zoneFor(key: string): ForwardZone | undefined;
}

/**
 * Forward zones from parses of other zone files, read on the first lookup (`parses` is not called
 * for a zone without PTR records): each parse with an SOA is a zone whose apex is the SOA's owner.
 * See `forwardZonesFrom` for `near`.
 */
export function forwardZonesOf(parses: () => Iterable<ParseResult>, near?: string): ForwardZones {
  let zones: ForwardZones | undefined;
  return {
    zoneFor(key) {
      if (zones === undefined) {
        const entries: { apex: string; file: string; parse: () => ParseResult | undefined }[] = [];
        for (const p of parses()) {
          const soa = p.records.find((r) => r.typeCode === 6);
          if (soa !== undefined) entries.push({ apex: soa.key, file: p.files[0], parse: () => p });
        }
        zones = forwardZonesFrom(entries, near);
      }
      return zones.zoneFor(key);
    },
  };
}

/**
 * Zones left out of a workspace's zones: copies of the root, `arpa.` and the whole reverse trees
 * (`in-addr.arpa.`, `ip6.arpa.`), which registries run, would claim every name or address.
 */
const TOO_WIDE = new Set(['.', 'arpa.', 'in-addr.arpa.', 'ip6.arpa.']);

/**
 * Forward zones whose apexes are known (canonical), each parsed when a name in it is first looked up
 * (`parse` may return undefined: the zone is then unknown). Where several files hold one apex (copies
 * for two views, a staging tree), the one nearest to the file `near` (the reverse zone: the longest
 * common directory) is used, the first of those on a tie. Copies of the root and of the top of the
 * reverse trees are left out (TOO_WIDE).
 */
export function forwardZonesFrom(entries: Iterable<{ apex: string; file: string; parse: () => ParseResult | undefined }>, near?: string): ForwardZones {
  const byApex = new Map<string, { file: string; parse: () => ParseResult | undefined; zone?: ForwardZone | null }>();
  const dir = (f: string) => f.slice(0, f.lastIndexOf('/') + 1);
  const nearDir = near === undefined ? undefined : dir(near.replace(/\\/g, '/'));
  const shared = (f: string) => {
    if (nearDir === undefined) return 0;
    const a = dir(f), b = nearDir;
    let i = 0;
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    return a.lastIndexOf('/', i - 1) + 1; // whole directory names only
  };
  for (const e of entries) {
    if (TOO_WIDE.has(e.apex)) continue;
    const f = e.file.replace(/\\/g, '/');
    const had = byApex.get(e.apex);
    if (had === undefined || shared(f) > shared(had.file)) byApex.set(e.apex, { file: f, parse: e.parse });
  }
  return {
    zoneFor(key) {
      for (let k: string | undefined = key; k !== undefined; k = parentName(k)) {
        const e = byApex.get(k);
        if (e === undefined) continue;
        if (e.zone === undefined) {
          const p = e.parse();
          e.zone = p === undefined ? null : indexZone(k, p);
        }
        // A zone that could not be read (whole) is no zone to judge by: nothing is said about its
        // names — not by a zone above it either, which would only see them as missing.
        return e.zone ?? undefined;
      }
      return undefined;
    },
  };
}

/** Codes that say a parse is not the whole zone: $GENERATE records not expanded, $INCLUDEs not read. */
const INCOMPLETE = new Set(['generate-too-large', 'include-not-found', 'include-cycle', 'include-depth']);

/** True when the parse read the whole zone (every $INCLUDE, every $GENERATE record). */
function complete(parse: ParseResult): boolean {
  return !parse.diagnostics.some((d) => INCOMPLETE.has(d.code));
}

/** The index of one forward zone, or null when the parse is not the whole zone (see `complete`). */
function indexZone(apex: string, parse: ParseResult): ForwardZone | null {
  if (!complete(parse)) return null;
  const names = new Map<string, ForwardName>();
  const cuts = new Set<string>();
  const dnames = new Set<string>();
  /** Every proper ancestor (in the zone) of a name with records. */
  const above = new Set<string>();
  const at = (r: ZoneRecord): ForwardName => {
    let n = names.get(r.key);
    if (n === undefined) {
      names.set(r.key, (n = { v4: [], v6: [], cname: false, ptr: false, ptrs: [] }));
      for (let p = parentName(r.key); p !== undefined && !above.has(p) && isSubdomain(p, apex); p = parentName(p)) above.add(p);
    }
    return n;
  };
  for (const r of parse.records) {
    if (!isSubdomain(r.key, apex)) continue;
    const t = r.typeCode;
    if (t === 1 || t === 28) {
      const a = canonicalAddress((r.rdata as AddressRdata | undefined)?.address ?? '');
      const n = at(r);
      if (a !== undefined) (t === 1 ? n.v4 : n.v6).push(a);
    } else if (t === 5) {
      at(r).cname = true;
    } else if (t === 12) {
      const n = at(r);
      n.ptr = true;
      const target = (r.rdata as { target?: { name: string } } | undefined)?.target;
      if (target !== undefined) n.ptrs.push(target.name);
    } else {
      at(r);
      if (t === 2 && r.key !== apex) cuts.add(r.key);
      if (t === 39) dnames.add(r.key);
    }
  }
  /** The proper ancestors of `key` down from the apex's child: a delegation or DNAME there hands `key` to another zone. */
  const elsewhere = (key: string): boolean => {
    for (let k: string | undefined = key; k !== undefined && k !== apex; k = parentName(k)) {
      if (cuts.has(k)) return true;
      if (k !== key && dnames.has(k)) return true;
    }
    return false;
  };
  let byAddress: Map<string, string[]> | undefined;
  return {
    apex,
    file: parse.files[0],
    lookup(key) {
      const own = names.get(key);
      if (own !== undefined || above.has(key)) return own;
      // The closest encloser: the nearest ancestor that exists (records, or names below it).
      for (let p = parentName(key); p !== undefined && isSubdomain(p, apex); p = parentName(p)) {
        const w = names.get(p === '.' ? '*.' : `*.${p}`);
        if (w !== undefined) return w;
        if (names.has(p) || above.has(p)) return undefined;
      }
      return undefined;
    },
    elsewhere,
    emptyNonTerminal: (key) => !names.has(key) && above.has(key),
    namesWith(address) {
      if (byAddress === undefined) {
        byAddress = new Map();
        for (const [key, n] of names) {
          if (key.startsWith('*.') || elsewhere(key)) continue;
          for (const a of [...n.v4, ...n.v6]) {
            const list = byAddress.get(a);
            if (list === undefined) byAddress.set(a, [key]);
            else if (!list.includes(key)) list.push(key);
          }
        }
      }
      return byAddress.get(address) ?? [];
    },
  };
}

/** An address of one of a zone's mail exchangers, with the MX record that names the host. */
export interface MailHostAddress {
  mx: ZoneRecord;
  host: NameRef;
  /** The host's A/AAAA record. */
  record: ZoneRecord;
  /** Canonical (`canonicalAddress`). */
  address: string;
  /** Its reverse name (`reverseName`). */
  name: string;
}

/**
 * The addresses of the zone's mail exchangers that the zone itself holds (MX records and hosts not
 * below a delegation), once per host and address, in file order: what mail-host-without-ptr looks
 * up in the reverse zones, and what the CLI and the server ask of a zone before giving it them.
 */
export function mailHostAddresses(model: ZoneModel): MailHostAddress[] {
  const out: MailHostAddress[] = [];
  const seen = new Set<string>();
  for (const mx of model.ofType(15)) {
    if (model.delegationOf(mx.key) !== undefined) continue; // below a delegation: the child zone's
    const host = (mx.rdata as MxRdata | undefined)?.exchange;
    if (host === undefined || host.key === '.' || !model.inZone(host.key) || model.delegationOf(host.key) !== undefined) continue;
    for (const record of model.at(host.key, host.hash)) {
      if (record.typeCode !== 1 && record.typeCode !== 28) continue;
      const address = canonicalAddress((record.rdata as AddressRdata | undefined)?.address ?? '');
      const name = address === undefined ? undefined : reverseName(address);
      if (address === undefined || name === undefined || seen.has(`${host.key} ${address}`)) continue;
      seen.add(`${host.key} ${address}`);
      out.push({ mx, host, record, address, name });
    }
  }
  return out;
}

/** The reverse names of `mailHostAddresses`. */
export function mailHostReverseNames(model: ZoneModel): string[] {
  return [...new Set(mailHostAddresses(model).map((m) => m.name))];
}

/** A parse as one zone to look names up in (the zone being checked itself), or undefined when it is not whole. */
export function zoneOf(apex: string, parse: ParseResult): ForwardZone | undefined {
  return indexZone(apex, parse) ?? undefined;
}

/**
 * `file` relative to the directory of `from` (paths or URIs, '/'-separated; either may use '\\'), for
 * messages: `example.com.zone` beside it, `../prod/example.com.zone` elsewhere in the tree.
 */
export function relativeFile(from: string, file: string): string {
  const a = from.replace(/\\/g, '/').split('/').slice(0, -1), b = file.replace(/\\/g, '/').split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const rel = i === 0 ? b.slice(-1) : [...a.slice(i).map(() => '..'), ...b.slice(i)];
  const out = rel.join('/');
  try { return decodeURIComponent(out); } catch { return out; }
}
