/**
 * class-invalid-host: a word in a host class file (local-host-names, sendmail.cw, relay-domains,
 * virtuser-domains, generics-domains, or a file a .cf/.mc names for class w, G or R) that is not a host name, an IPv4 network, `[address]` or
 * `IPv6:…`. sendmail compares class members with host names as they are, so such a word never
 * matches (a typo such as `example..com` or `mail.example.com,`).
 */
import type { SendmailCheck } from '../api';
import { isHostOrNetwork } from '../forms';

const HOST_CLASSES = /^(local-host-names|sendmail\.cw|relay-domains|virtuser-domains|generics-domains)(\.|$)/;

export const classInvalidHost: SendmailCheck = {
  code: 'class-invalid-host',
  doc: 'A word in local-host-names, relay-domains… that is not a host name or network: it never matches.',
  severity: 'warning',
  kinds: ['sendmail-class'],
  run(ctx) {
    if (!HOST_CLASSES.test(ctx.baseName) && ctx.classOf === undefined) return;
    for (const w of ctx.classWords!) {
      if (!isHostOrNetwork(w.word)) ctx.report({ start: w.start, end: w.end, message: `'${w.word}' is not a host name, an IP network or [address]: no host matches it` });
    }
  },
};
