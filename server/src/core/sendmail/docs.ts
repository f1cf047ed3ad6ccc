/**
 * Texts for hover over sendmail files — a data module. Sources: sendmail's cf/README (FEATUREs,
 * access map tags and values, virtusertable, mailertable, genericstable; 8.17/8.18), the aliases(5)
 * manual page, sendmail's op.me ("Sendmail Installation and Operation Guide": sendmail.cf line kinds),
 * RFC 3463 (enhanced status codes) and RFC 5321. Option defaults and comments come from proto.m4
 * through catalogue.ts.
 */

/** FEATURE(name): what it does (cf/README, "FEATURES"). */
export const FEATURE_DOCS: Readonly<Record<string, string>> = {
  accept_unqualified_senders: 'Accept MAIL FROM addresses without a domain part (normally refused).',
  accept_unresolvable_domains: 'Accept MAIL FROM addresses whose domain does not resolve (normally refused with 451/553).',
  access_db: 'Enable the access database (`/etc/mail/access`): per-host, per-network and per-address OK/RELAY/REJECT/DISCARD/ERROR decisions, with `Connect:`, `From:`, `To:` tags. A map spec as second argument must contain `-T<TMPF>`.',
  allmasquerade: 'Masquerade recipient addresses in headers too (not only senders) — needs MASQUERADE_AS.',
  always_add_domain: 'Add the local domain to unqualified addresses even for local delivery.',
  authinfo: 'Use a separate `authinfo` map (instead of access) for the SMTP AUTH client credentials.',
  badmx: 'Reject mail from domains whose MX points to a bogus address (0.0.0.0, loopback).',
  bcc: 'Support for the "Bcc" handling of ruleset checks (`bcc` map).',
  bestmx_is_local: 'Accept mail as local for any domain whose best MX is this host (a bestmx map lookup per address); costly and can make the host an open relay target for those domains.',
  bitdomain: 'Rewrite BITNET addresses via the `bitdomain` map (historic).',
  blacklist_recipients: 'Deprecated name of blocklist_recipients.',
  block_bad_helo: 'Reject clients whose HELO/EHLO names this host or is a bare IP address (unless they authenticated or may relay).',
  blocklist_recipients: 'Also apply the access map to recipients: `To:user@` / `To:host` entries with REJECT or ERROR block mail to them.',
  check_cert_altnames: 'Also match a server certificate\'s subjectAltNames when verifying TLS peers.',
  check_other: 'Run the `check_other` ruleset on each SMTP command that has no other check.',
  compat_check: 'Look up sender/recipient pairs in the access map (`Compat:` tag) to allow or refuse combinations.',
  conncontrol: 'Limit concurrent connections per client with `ClientConn:` entries of the access map.',
  delay_checks: 'Run check_relay and check_mail only at RCPT time, so whitelisted recipients (`friend`/`hater`) can be honoured.',
  dnsbl: 'Reject clients listed in a DNS blocklist (argument: the zone, e.g. `dnsbl.example.com`; optional message and temp-failure action).',
  domainmap: 'Map a domain to local users through a per-domain map (`domainmap` argument: domain, map spec).',
  domaintable: 'Rewrite domain names with the `domaintable` map (old domain → new domain) before routing.',
  drac: 'Allow relaying for POP/IMAP-before-SMTP clients recorded in a DRAC database.',
  enhdnsbl: 'Enhanced DNS blocklist: like dnsbl, with a choice of the answers (return codes) that count as listed.',
  generics_entire_domain: 'Apply the genericstable to subdomains of GENERICS_DOMAIN too.',
  genericstable: 'Rewrite sender addresses of local users with the `genericstable` map (`localuser  user@example.com`); applies to hosts in GENERICS_DOMAIN (class G).',
  greet_pause: 'Wait before the SMTP greeting (milliseconds, or per client with `GreetPause:` access entries) and reject clients that talk first.',
  ldap_routing: 'Route mail by LDAP lookups (mailHost / mailRoutingAddress) for the domains of LDAPROUTE_DOMAIN.',
  limited_masquerade: 'Masquerade only the hosts listed in class M (MASQUERADE_DOMAIN), not all of class w.',
  local_lmtp: 'Deliver local mail with LMTP (mail.local -l by default); must come before MAILER(local).',
  local_no_masquerade: 'Do not masquerade mail to local recipients.',
  local_procmail: 'Use procmail as the local delivery agent; must come before MAILER(local).',
  lookupdotdomain: 'Also look up `.domain` entries in the access map for subdomains.',
  loose_relay_check: 'Allow `user%site@othersite` source routing through relay checks (dangerous; rarely needed).',
  mailertable: 'Route domains with the `mailertable` map (`.example.com  esmtp:[relay.example.com]`).',
  masquerade_entire_domain: 'Masquerade subdomains of MASQUERADE_DOMAIN entries too.',
  masquerade_envelope: 'Masquerade the envelope sender too, not only the headers.',
  msp: 'Build submit.cf for the mail submission program (MSP): sends to the local MTA (or the argument host) on port 25 or 587.',
  mtamark: 'Check the MTA Mark (experimental DNS marking of mail servers) of clients.',
  no_default_msa: 'Do not add the default MSA daemon on port 587 (use DAEMON_OPTIONS to define your own).',
  nocanonify: 'Do not canonify host names with DNS lookups ($[ … $]); for hosts behind a relay or without DNS.',
  nopercenthack: 'Do not treat `%` in local parts as an address separator.',
  notsticky: 'Let LUSER_RELAY / MAIL_HUB also apply to addresses with a host part (the opposite of stickyhost, the default since 8.7).',
  nouucp: 'No UUCP addressing: `!` is not an address separator.',
  nullclient: 'A null client: send every message to the hub named in the argument; no local delivery.',
  prefixmod: 'Add a prefix (the argument) to rewritten addresses (experimental).',
  preserve_local_plus_detail: 'Keep +detail when handing mail to the local mailer.',
  preserve_luser_host: 'Keep the recipient host name when forwarding to LUSER_RELAY.',
  promiscuous_relay: 'Relay for everybody. Turns the host into an open relay — never use on the Internet.',
  queuegroup: 'Select a queue group per recipient domain with `QGRP:` access entries.',
  ratecontrol: 'Limit connection rates per client with `ClientRate:` entries of the access map.',
  redirect: 'Reject mail to `user@host.REDIRECT` aliases with "551 User not local; please try <address>".',
  relay_based_on_MX: 'Relay for any domain whose MX points to this host (convenient for backup MX, but anyone can point an MX at you).',
  relay_entire_domain: 'Relay for hosts in the domains of class m (this host\'s domain), not only the hosts themselves.',
  relay_hosts_only: 'Relay only for the exact hosts listed in class R / the access map, not their subdomains.',
  relay_local_from: 'Relay if the envelope sender is in a local domain — forgeable; use SMTP AUTH instead.',
  relay_mail_from: 'Relay if the envelope sender has a `From:` RELAY entry in the access map (with `domain`: its domain) — forgeable.',
  require_rdns: 'Reject clients whose IP address has no reverse DNS, or whose reverse name does not resolve back.',
  rhsbl: 'Reject senders whose domain is listed in a right-hand-side (domain) blocklist.',
  smrsh: 'Run programs from aliases and .forward files through smrsh, the restricted shell; must come before MAILER(local).',
  stickyhost: 'Keep addresses with a host part away from LUSER_RELAY / MAIL_HUB (the default behaviour).',
  sts: 'Use MTA-STS (RFC 8461) policies for outgoing mail (needs a postfix-mta-sts-resolver-like socket map).',
  tls_failures: 'Choose what happens on STARTTLS failures per destination with the access map.',
  tls_session_features: 'Set TLS session features per client/server with `Srv_Features:` / `Try_TLS:` access entries.',
  use_client_ptr: 'Use the client\'s PTR name ($&{client_ptr}) in the relay checks instead of the verified name.',
  use_ct_file: 'Read trusted users (class t) from /etc/mail/trusted-users.',
  use_cw_file: 'Read the host names this host receives mail for (class w) from /etc/mail/local-host-names (sendmail.cw).',
  uucpdomain: 'Rewrite UUCP pseudo-domains with the `uucpdomain` map (historic).',
  virtuser_entire_domain: 'Apply the virtusertable to subdomains of VIRTUSER_DOMAIN entries too.',
  virtusertable: 'Map incoming addresses with the `virtusertable` (`user@domain  local-user|address|error:…`, `@domain` catch-all); the domains must be in class w or VIRTUSER_DOMAIN.',
  vnet: 'Rewrite VNET addresses (historic).',
};

/** Tags of access map keys (cf/README, access_db and friends). */
export const ACCESS_TAGS: Readonly<Record<string, string>> = {
  connect: '**Connect:** the connecting client — host name (`Connect:example.com`, subdomains too), IP address or network (`Connect:192.168.1`, `Connect:IPv6:2001:db8`). Relaying *from* a client needs `Connect:… RELAY`.',
  from: '**From:** the envelope sender — `From:user@example.com`, `From:example.com`, `From:user@`.',
  to: '**To:** the envelope recipient — `To:example.com RELAY` lets this host relay mail *to* the domain (a backup MX needs it).',
  spam: '**Spam:** with FEATURE(delay_checks): `Spam:user@ FRIEND` exempts a recipient from spam checks, `HATER` makes them apply.',
  greetpause: '**GreetPause:** milliseconds to wait before the greeting, per client (FEATURE(greet_pause)); `GreetPause:` alone is the default.',
  clientrate: '**ClientRate:** maximum connections per minute (ConnectionRateWindowSize) per client (FEATURE(ratecontrol)); 0 = no limit.',
  clientconn: '**ClientConn:** maximum concurrent connections per client (FEATURE(conncontrol)); 0 = no limit.',
  compat: '**Compat:** sender/recipient pairs (FEATURE(compat_check)): `Compat:from@<@>to@` → OK, DISCARD, ERROR:…',
  qgrp: '**QGRP:** the queue group for a recipient domain (FEATURE(queuegroup)).',
  srv_features: '**Srv_Features:** SMTP server features per client (e.g. `V` no client cert request, `S` no STARTTLS offer).',
  try_tls: '**Try_TLS:** `NO` to not try STARTTLS to a server.',
  tls_clt: '**TLS_Clt:** requirements on a client\'s TLS (`ENCR:bits`, `VERIFY`).',
  tls_srv: '**TLS_Srv:** requirements on a server\'s TLS when sending to it.',
  tls_rcpt: '**TLS_Rcpt:** TLS requirements per recipient.',
  certissuer: '**CERTISSUER:** relaying for clients whose certificate is issued by this CA (`RELAY`).',
  certsubject: '**CERTSUBJECT:** relaying for clients with this certificate subject.',
};

/** Values of access map entries. */
export const ACCESS_VALUES: Readonly<Record<string, string>> = {
  OK: '**OK** — accept mail even if other rules would reject it (for local recipients). "OK allows less than RELAY."',
  RELAY: '**RELAY** — accept mail to (`To:`) or from (`Connect:`) the domain/network for relaying; implies OK for the other checks.',
  REJECT: '**REJECT** — reject with a general message ("550 5.7.1 Access denied").',
  DISCARD: '**DISCARD** — accept and throw the message away ($#discard). Use only when really necessary.',
  SKIP: '**SKIP** — for host/domain names and networks: stop the search for this entry without accepting or rejecting (the default action applies); e.g. exempt a subnet of a RELAY network.',
  FRIEND: '**FRIEND** — (Spam:) the recipient wants all mail: spam checks are skipped.',
  HATER: '**HATER** — (Spam:) the recipient wants the spam checks.',
  'ERROR:': '**ERROR:D.S.N:CODE text** — reject with this reply (`ERROR:5.7.1:550 Relaying denied`); quote the text to keep its spaces (`ERROR:"550 …"`). A 4xx code needs a 4.x.x status: `ERROR:450 text` gives "450 5.0.0" (cf/README).',
  'QUARANTINE:': '**QUARANTINE:reason** — accept but quarantine the message (it stays in the queue with the reason).',
};

/** The right-hand sides of a virtusertable (cf/README, "virtusertable"). */
export const VIRTUSER_RHS = {
  local: 'A **local user** (or an alias of the aliases file): the mail is delivered (or expanded) locally.',
  address: 'A **remote address**: the mail is forwarded there.',
  error: '**error:D.S.N:CODE text** — reject the address with this reply (`error:5.1.1:550 User unknown`); the old form `error:nouser text` uses a sysexits name.',
  placeholder: '**%1** is the user part of the address looked up, **%2** its +detail, **%3** `+detail` with the plus (only for addresses with a +detail).',
  catchAll: '**@domain** — a catch-all: every address of the domain with no line of its own.',
  plus: '**user+*@domain** — matches user+anything@domain (%2 is the detail); `user++@domain` only a non-empty detail.',
};

/** Forms of the aliases file (aliases(5)). */
export const ALIAS_FORMS = {
  name: 'An **alias**: mail to this local name goes to the addresses after the colon (comma-separated; lines starting with white space continue the list). Run `newaliases` after editing.',
  include: '**:include:/path** — read the addresses from that file (a mailing list file); it is re-read on each delivery.',
  program: '**|program** — pipe the message into the program (quote it if it has spaces: `"|/usr/bin/prog -x"`). With FEATURE(smrsh) only programs in /etc/smrsh run.',
  file: '**/path** — append the message to that file.',
  address: 'A **remote address**: forward the mail there.',
  local: 'A **local user** or another alias (expanded again); `\\user` delivers to the mailbox without further aliasing.',
  postmaster: '**postmaster** — RFC 5321 §4.5.1: every SMTP server must accept mail for postmaster.',
  'mailer-daemon': '**MAILER-DAEMON** — the sender of sendmail\'s bounces; replies to bounces arrive here.',
};

/** Class files by name. */
export const CLASS_FILES: Readonly<Record<string, string>> = {
  'local-host-names': '**local-host-names** (class w, `Fw/etc/mail/local-host-names`, FEATURE(use_cw_file)): the names this host receives mail for as final destination. A backup MX must *not* list the domain (it would deliver locally instead of queueing).',
  'sendmail.cw': '**sendmail.cw**: the older name of local-host-names (class w).',
  'sendmail.ct': '**sendmail.ct**: the older name of trusted-users (class t).',
  'relay-domains': '**relay-domains** (class R): domains and networks this host relays for (to and from); subdomains are included unless FEATURE(relay_hosts_only).',
  'trusted-users': '**trusted-users** (class t): users that may set the sender address with `-f` without a warning.',
  'virtuser-domains': '**virtuser-domains** (class {VirtHost}, VIRTUSER_DOMAIN_FILE): domains the virtusertable applies to without being in class w.',
  'generics-domains': '**generics-domains** (class G, GENERICS_DOMAIN_FILE): hosts/domains whose senders the genericstable rewrites.',
};

/** sendmail.cf line kinds (op.me §5, "The sendmail.cf file"). */
export const CF_LINE_KINDS: Readonly<Record<string, string>> = {
  R: '**R** — a rewriting rule: `Rlhs<TAB>rhs<TAB>comment` in the ruleset above it.',
  S: '**S** — starts a ruleset (by number or name, `Sname=number`).',
  O: '**O** — sets an option (`O LongName=value`).',
  C: '**C** — adds words to a class (`Cwlocalhost example.com`; `C{name}` for long names).',
  F: '**F** — reads a class from a file (`Fw/etc/mail/local-host-names`) or a program.',
  D: '**D** — defines a macro (`DSmailhub.example.com`; `D{name}value`).',
  K: '**K** — declares a map: `Kname class [-flags] file` (hash, btree, dbm, ldap, …).',
  M: '**M** — defines a mailer (`Mname, P=path, F=flags, S=, R=, A=argv`).',
  H: '**H** — a header template (`H?flags?Name: value`).',
  P: '**P** — a precedence value (`Pbulk=-60`).',
  T: '**T** — trusted users (older form of class t).',
  V: '**V** — the configuration version level (`V10/Berkeley`).',
  E: '**E** — an environment variable for mailers (`Ename=value`).',
  Q: '**Q** — a queue group (`Qname, P=path, F=flags, …`).',
  X: '**X** — a mail filter (milter) (`Xname, S=socket, F=flags, T=timeouts`).',
  L: '**L** — a local-configuration line (historic).',
};

/** RFC 3463 enhanced status codes: subject.detail → meaning (the most used). */
export const DSN_DETAILS: Readonly<Record<string, string>> = {
  '0.0': 'other undefined status', '1.0': 'other address status', '1.1': 'bad destination mailbox address',
  '1.2': 'bad destination system address', '1.3': 'bad destination mailbox address syntax', '1.6': 'destination mailbox has moved',
  '1.8': "bad sender's system address", '2.0': 'other or undefined mailbox status', '2.1': 'mailbox disabled, not accepting messages',
  '2.2': 'mailbox full', '2.3': 'message length exceeds administrative limit', '3.0': 'other or undefined mail system status',
  '3.2': 'system not accepting network messages', '4.0': 'other or undefined network or routing status', '4.1': 'no answer from host',
  '4.3': 'directory server failure', '4.4': 'unable to route', '4.6': 'routing loop detected', '4.7': 'delivery time expired',
  '5.0': 'other or undefined protocol status', '7.0': 'other or undefined security status', '7.1': 'delivery not authorized, message refused',
};

/** .mc macros (cf/README, "THE .mc FILE" and the sections of each macro). */
export const MC_MACROS: Readonly<Record<string, string>> = {
  FEATURE: '**FEATURE(name, args…)** — include cf/feature/name.m4: an optional behaviour (virtusertable, access_db, use_cw_file…). FEATUREs go before the MAILERs.',
  OSTYPE: '**OSTYPE(system)** — include cf/ostype/system.m4: paths and mailer flags of the operating system. Required.',
  DOMAIN: '**DOMAIN(name)** — include cf/domain/name.m4: site-wide settings shared by the hosts of a domain.',
  MAILER: '**MAILER(name)** — include cf/mailer/name.m4 (local, smtp, procmail, uucp…): the delivery agents. Put them last.',
  HACK: '**HACK(name)** — include cf/hack/name.m4: local, unsupported hacks.',
  define: '**define(`name\', `value\')** — set an m4 macro; `confNAME` macros set sendmail.cf options (see cf/README).',
  undefine: '**undefine(`name\')** — remove an m4 macro.',
  dnl: '**dnl** — "delete to newline": m4 drops the rest of the line including the newline. End macro lines with dnl, or the newline lands in sendmail.cf.',
  divert: '**divert(n)** — send output to diversion n; `divert(-1)` discards (for comments at the top), `divert(0)` is the output.',
  include: '**include(`file\')** — read another m4 file (the .mc starts with include of cf.m4).',
  sinclude: '**sinclude(`file\')** — include, silently skipped when the file does not exist.',
  VERSIONID: '**VERSIONID(`text\')** — a version string copied into sendmail.cf as a comment.',
  VIRTUSER_DOMAIN: '**VIRTUSER_DOMAIN(`domain\')** — apply the virtusertable to this domain without adding it to class w (class {VirtHost}).',
  VIRTUSER_DOMAIN_FILE: '**VIRTUSER_DOMAIN_FILE(`/path\')** — read VIRTUSER_DOMAIN names from a file.',
  GENERICS_DOMAIN: '**GENERICS_DOMAIN(`domain\')** — senders of this domain are rewritten by the genericstable (class G).',
  GENERICS_DOMAIN_FILE: '**GENERICS_DOMAIN_FILE(`/path\')** — read GENERICS_DOMAIN names from a file.',
  MASQUERADE_AS: '**MASQUERADE_AS(`domain\')** — senders appear to come from this domain.',
  MASQUERADE_DOMAIN: '**MASQUERADE_DOMAIN(`domain\')** — other domains to masquerade (class M).',
  LOCAL_DOMAIN: '**LOCAL_DOMAIN(`name\')** — add names to class w: mail for them is delivered here.',
  RELAY_DOMAIN: '**RELAY_DOMAIN(`domain\')** — relay for this domain (class R).',
  RELAY_DOMAIN_FILE: '**RELAY_DOMAIN_FILE(`/path\')** — read class R from a file (relay-domains).',
  SMART_HOST: '**define(`SMART_HOST\', `relay.example.com\')** — send all non-local mail through this relay.',
  MAIL_HUB: '**define(`MAIL_HUB\', `hub.example.com\')** — send local mail to this hub.',
  LUSER_RELAY: '**define(`LUSER_RELAY\', `host\')** — where mail for unknown local users goes.',
  DAEMON_OPTIONS: '**DAEMON_OPTIONS(`Port=smtp, Name=MTA\')** — a listening socket of the daemon.',
  CLIENT_OPTIONS: '**CLIENT_OPTIONS(`Family=inet6\')** — options for outgoing connections.',
  INPUT_MAIL_FILTER: '**INPUT_MAIL_FILTER(`name\', `S=unix:/path, F=T\')** — a milter for incoming mail.',
  LOCAL_CONFIG: '**LOCAL_CONFIG** — raw sendmail.cf lines (K, C, F, D…) follow, copied into the configuration.',
  LOCAL_RULESETS: '**LOCAL_RULESETS** — raw rulesets (S/R lines) follow.',
  TRUST_AUTH_MECH: '**TRUST_AUTH_MECH(`mechanisms\')** — SMTP AUTH mechanisms that allow relaying.',
};

/** Notes on sendmail.cf options beyond proto.m4's comment line (op.me §5.6). */
export const OPTION_NOTES: Readonly<Record<string, string>> = {
  MaxHopCount: 'the number of Received: headers after which a message is bounced as looping ("too many hops"). A mail loop between two MX hosts that do not recognise their own names (class w) ends here, with a bounce to postmaster and the sender.',
  'Timeout.queuereturn': 'how long a message stays in the queue before it is returned as undeliverable. A backup MX queues mail for the primary for up to this long.',
  'Timeout.queuewarn': 'after this long in the queue the sender gets a "warning: could not send message for past …" notice.',
  QueueDirectory: 'the queue directory.',
  SmtpGreetingMessage: 'the text of the SMTP greeting ($j is the host name).',
  PrivacyOptions: 'SMTP restrictions: goaway, noexpn, novrfy, authwarnings, restrictqrun…',
  DaemonPortOptions: 'a listening socket of the daemon (Port, Addr, Name, Family, Modifiers).',
};
