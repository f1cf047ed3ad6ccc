import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectKind, mapFlavor, mcMapFiles } from '../../server/src/core/kind';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('detectKind: sendmail files by name', () => {
  assert.equal(detectKind('/etc/mail/sendmail.mc', ''), 'sendmail-mc');
  assert.equal(detectKind('cf/cf/generic-linux.mc', ''), 'sendmail-mc');
  assert.equal(detectKind('/etc/mail/sendmail.cf', ''), 'sendmail-cf');
  assert.equal(detectKind('/etc/mail/submit.cf', ''), 'sendmail-cf');
  assert.equal(detectKind('main.cf', 'myhostname = x\n'), undefined, 'postfix main.cf is not sendmail');
  assert.equal(detectKind('/etc/mail/virtusertable', ''), 'sendmail-map');
  assert.equal(detectKind('virtusertable.sample', ''), 'sendmail-map');
  assert.equal(detectKind('sendmail.access', ''), 'sendmail-map');
  assert.equal(detectKind('access.samples', ''), 'sendmail-map');
  assert.equal(detectKind('C:\\mail\\mailertable', ''), 'sendmail-map');
  assert.equal(detectKind('/etc/aliases', ''), 'sendmail-aliases');
  assert.equal(detectKind('sendmail.aliases', ''), 'sendmail-aliases');
  assert.equal(detectKind('/etc/mail/local-host-names', ''), 'sendmail-class');
  assert.equal(detectKind('sendmail.cw', ''), 'sendmail-class');
  assert.equal(detectKind('relay-domains', ''), 'sendmail-class');
  assert.equal(detectKind('trusted-users', ''), 'sendmail-class');
  assert.equal(detectKind('domainaliases', 'user@example.com  dipper\n'), undefined, 'not without an .mc naming it');
});

test('detectKind: compiled maps (.db) are never text, whatever their name', () => {
  assert.equal(detectKind('virtusertable.db', '\0\x05\x31\0binary'), undefined);
  assert.equal(detectKind('aliases.db', '\0\0\0\x02'), undefined);
  assert.equal(detectKind('virtusertable', 'a\0b'), undefined, 'NUL bytes: binary even under a text name');
  assert.equal(detectKind('access.db', 'Connect:127 RELAY\n'), undefined, 'a .db is not a sendmail map source');
});

test('mcMapFiles: FEATURE lines name map files; detectKind and mapFlavor use them', () => {
  const mc = [
    "FEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl",
    "FEATURE(`genericstable',`hash -o /etc/mail/outbound.db')dnl",
    "FEATURE(`access_db', `hash -T<TMPF> -o /etc/mail/access')dnl",
    "FEATURE(`mailertable')dnl",
    "FEATURE(`use_cw_file')dnl",
  ].join('\n');
  const maps = mcMapFiles(mc);
  assert.deepEqual([...maps].sort(), [['access', 'access'], ['domainaliases', 'virtusertable'], ['outbound', 'genericstable']]);
  assert.equal(detectKind('/srv/mail/domainaliases', '', { mcMaps: maps }), 'sendmail-map');
  assert.equal(mapFlavor('/srv/mail/domainaliases', { mcMaps: maps }), 'virtusertable');
  assert.equal(mapFlavor('/srv/mail/outbound', { mcMaps: maps }), 'genericstable');
  assert.equal(mapFlavor('sendmail.virtusertable'), 'virtusertable');
  assert.equal(mapFlavor('access.sample'), 'access');
  assert.equal(mapFlavor('whatever'), 'other');
  assert.equal(detectKind('/srv/mail/domainaliases.db', '\0binary', { mcMaps: maps }), undefined);
});

test('package.json: every file name of a sendmail language is detected as that language, and each has a grammar', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const langs = pkg.contributes.languages.filter((l: { id: string }) => l.id.startsWith('sendmail-'));
  assert.deepEqual(langs.map((l: { id: string }) => l.id).sort(), ['sendmail-aliases', 'sendmail-cf', 'sendmail-class', 'sendmail-map', 'sendmail-mc']);
  for (const l of langs) {
    for (const name of l.filenames ?? []) assert.equal(detectKind(name, ''), l.id, name);
    for (const ext of l.extensions ?? []) assert.equal(detectKind(`x${ext}`, ''), l.id, ext);
    const g = pkg.contributes.grammars.find((g: { language: string }) => g.language === l.id);
    assert.ok(g && fs.existsSync(path.join(ROOT, g.path)), `grammar of ${l.id}`);
    assert.ok(fs.existsSync(path.join(ROOT, l.configuration)), `language configuration of ${l.id}`);
    assert.ok(pkg.activationEvents.includes(`onLanguage:${l.id}`), `activation on ${l.id}`);
  }
});

test('user file patterns (zonemail.sendmail.files, --files): globs, kinds and map tables, tried before the built-in names', async () => {
  const { globToRegExp, parseFileGlobs, matchGlob, detectKind, mapFlavor } = await import('../../server/src/core/kind.js');
  const m = (glob: string, file: string) => matchGlob(file, parseFileGlobs({ [glob]: 'sendmail-map' }).globs) !== undefined;
  assert.ok(m('domains-*', '/etc/mail/domains-a') && !m('domains-*', '/etc/mail/domains-a/x') && !m('domains-*', '/etc/mail/xdomains-a'));
  assert.ok(m('**/mail/*.map', '/srv/etc/mail/v.map') && m('**/mail/*.map', 'mail/v.map') && !m('**/mail/*.map', '/srv/mail/sub/v.map'));
  assert.ok(m('mail/**/*.map', '/srv/mail/a/b/v.map') && m('mail/**/*.map', '/srv/mail/v.map'));
  assert.ok(m('*.{vt,virt}', 'x.VT') && m('*.{vt,virt}', 'x.virt') && !m('*.{vt,virt}', 'x.vtx'));
  assert.ok(m('map?.[ab]', 'map1.a') && !m('map?.[ab]', 'map1.c') && !m('map?.[ab]', 'map12.a'));
  assert.ok(m('a.b+c', 'a.b+c') && !m('a.b+c', 'aXb+c'), 'regexp characters are literal');
  assert.ok(m('*', 'C:\\mail\\virt') && m('mail/virt', 'C:\\etc\\mail\\virt'), 'Windows separators');
  assert.equal(globToRegExp('**/x').test('x'), true);
  const { globs, errors } = parseFileGlobs({ 'domains-*': 'virtusertable', '*.hosts': 'sendmail-class', 'zones/*.txt': 'dns-zone', 'bad': 'nothing', '': 'sendmail-map' });
  assert.deepEqual(globs.map((g) => [g.glob, g.kind, g.flavor]), [['domains-*', 'sendmail-map', 'virtusertable'], ['*.hosts', 'sendmail-class', undefined], ['zones/*.txt', 'dns-zone', undefined]]);
  assert.equal(errors.length, 2);
  assert.match(errors[0], /'bad': 'nothing' is not a file kind/);
  assert.deepEqual(parseFileGlobs(undefined), { globs: [], errors: [] });
  assert.deepEqual(parseFileGlobs(['x']), { globs: [], errors: [] });
  assert.equal(detectKind('/etc/mail/domains-a', '', { globs }), 'sendmail-map');
  assert.equal(mapFlavor('/etc/mail/domains-a', { globs }), 'virtusertable');
  assert.equal(detectKind('/etc/mail/domains-a', ''), undefined);
  assert.equal(detectKind('/srv/zones/example.txt', '', { globs }), 'dns-zone');
  // A user pattern wins over the built-in names; binary content is never text.
  assert.equal(detectKind('/etc/mail/mx.hosts', '', { globs }), 'sendmail-class');
  assert.equal(detectKind('/etc/mail/domains-a', 'a\0b', { globs }), undefined);
  assert.equal(detectKind('/etc/mail/virtusertable', '', { globs: parseFileGlobs({ virtusertable: 'sendmail-class' }).globs }), 'sendmail-class');
});
