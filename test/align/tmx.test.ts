import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignTexts } from '../../src/align/align-text.js';
import { alignmentToTmx } from '../../src/align/format.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { parseDtd, validateXml } from './fixtures/dtd-validate.js';
import { NTREX_DOCS } from './fixtures/ntrex-cases.js';

const here = dirname(fileURLToPath(import.meta.url));
const DTD_PATH = join(here, 'fixtures', 'tmx14.dtd');
const dtd = parseDtd(readFileSync(DTD_PATH, 'utf8'));
const validate = (xml: string): string[] => validateXml(xml, dtd, 'tmx');

const hasXmllint = ((): boolean => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-tmx-'));
  copyFileSync(DTD_PATH, join(dir, 'tmx14.dtd'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Validate with libxml2 against the DTD (the DOCTYPE's system id resolves beside the file). */
function xmllint(xml: string): { ok: boolean; stderr: string } {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.tmx`);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--valid', file], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    return { ok: true, stderr: '' };
  } catch (e) {
    return { ok: false, stderr: String((e as { stderr?: Buffer }).stderr ?? e) };
  }
}

/** Text of every `<seg>`, references decoded. */
function segs(xml: string): string[] {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) =>
    m[1]!.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, r: string) => (r.startsWith('#') ? String.fromCodePoint(r[1] === 'x' ? parseInt(r.slice(2), 16) : Number(r.slice(1))) : named[r]!)),
  );
}

const doc = NTREX_DOCS['2-3']!;
const ruText = doc.ru.join('\n') + '\n';
const enText = doc.en.join('\n') + '\n';

describe('the TMX 1.4b DTD check itself', () => {
  const good = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ru" datatype="plaintext"/>',
    '<body><tu><tuv xml:lang="ru"><seg>а</seg></tuv><tuv xml:lang="en"><seg>a</seg></tuv></tu></body>',
    '</tmx>',
  ].join('\n');

  it('accepts a minimal valid document', () => {
    expect(validate(good)).toEqual([]);
  });

  it.each([
    ['a missing required header attribute', good.replace(' datatype="plaintext"', ''), /required attribute datatype/],
    ['a segtype outside the enumeration', good.replace('segtype="sentence"', 'segtype="line"'), /segtype="line"/],
    ['another version', good.replace('version="1.4"', 'version="1.3"'), /version must be "1.4"/],
    ['a tuv without xml:lang', good.replace('<tuv xml:lang="ru">', '<tuv>'), /required attribute xml:lang/],
    ['a tuv without seg', good.replace('<seg>а</seg>', ''), /children \(none\)/],
    ['a tu without tuv', good.replace(/<tu>.*<\/tu>/, '<tu><prop type="x">1</prop></tu>'), /<tu> children/],
    ['a prop after the tuvs', good.replace('</tuv></tu>', '</tuv><prop type="x">1</prop></tu>'), /<tu> children/],
    ['an undeclared element', good.replace('<seg>a</seg>', '<seg><b>a</b></seg>'), /<b> is not declared/],
    ['a raw ampersand', good.replace('<seg>a</seg>', '<seg>a & b</seg>'), /bare '&'/],
    ['a raw less-than', good.replace('<seg>a</seg>', '<seg>a < b</seg>'), /malformed markup/],
    ['a control character', good.replace('<seg>a</seg>', '<seg>a\u0001b</seg>'), /illegal character U\+0001/],
    ['a reference to a control character', good.replace('<seg>a</seg>', '<seg>a&#1;b</seg>'), /illegal character #1/],
    ['text in body', good.replace('<body>', '<body>x'), /<body> may not contain text/],
  ])('rejects %s', (_, xml, message) => {
    const errors = validate(xml);
    expect(errors.join('\n')).toMatch(message);
  });

  it.skipIf(!hasXmllint)('agrees with xmllint on the same cases', () => {
    expect(xmllint(good)).toEqual({ ok: true, stderr: '' });
    expect(xmllint(good.replace(' datatype="plaintext"', '')).ok).toBe(false);
    expect(xmllint(good.replace('<tuv xml:lang="ru">', '<tuv>')).ok).toBe(false);
  });
});

describe('alignmentToTmx output is valid TMX 1.4b', () => {
  it('a real news alignment validates against the DTD', () => {
    const a = alignTexts(ruText, enText, { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
    const xml = alignmentToTmx(a, { toolVersion: '1.2.3' });
    expect(validate(xml)).toEqual([]);
    const tus = (xml.match(/<tu /g) ?? []).length;
    expect(tus).toBe(a.beads.filter((b) => b.source.length > 0 && b.target.length > 0).length);
    expect(xml).toMatch(/<header [^>]*creationtoolversion="1\.2\.3"/);
    expect(xml).toMatch(/<header [^>]*srclang="ru"/);
    // every tuv pair: source language first, then target
    expect((xml.match(/<tuv xml:lang="ru">/g) ?? []).length).toBe(tus);
    expect((xml.match(/<tuv xml:lang="en">/g) ?? []).length).toBe(tus);
  });

  it.skipIf(!hasXmllint)('xmllint --valid accepts it', () => {
    const a = alignTexts(ruText, enText, { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
    expect(xmllint(alignmentToTmx(a))).toEqual({ ok: true, stderr: '' });
  });

  const tricky = {
    ru: [
      'Товарооборот Беларуси и Китая в 2023 году вырос на 60% — до $8,4 млрд, сообщил посол <Се Сяоюн> & Ко.',
      'Соглашение «О взаимном признании» (ст. 3 "а") вступит в силу 1 марта 2024 г.\u0001',
      'Индустриальный парк «Великий камень»\u000b\u001f\ufffe\uffff: 114 резидентов \ud83c\udde7\ud83c\uddfe, \ud800 и \udfff.',
      "Вкладка\tс табуляцией и апостроф ' и ]]> в тексте.",
    ],
    en: [
      'Trade between Belarus and China grew by 60% in 2023 to $8.4 billion, Ambassador <Xie Xiaoyong> & Co. said.',
      'The agreement "On Mutual Recognition" (Art. 3 \'a\') will take effect on 1 March 2024.\u0008',
      'The Great Stone industrial park\u000c: 114 residents \ud83c\udde7\ud83c\uddfe, \udbff and \udc00.',
      "A tab\there and an apostrophe ' and ]]> in the text.",
    ],
  };

  it('escapes markup characters and drops characters XML 1.0 forbids', () => {
    const a = alignTexts(tricky.ru.join('\n'), tricky.en.join('\n'), { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
    expect(a.beads.map((b) => `${b.source}:${b.target}`)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    const xml = alignmentToTmx(a);
    expect(validate(xml)).toEqual([]);
    expect(xml).toContain('&lt;Се Сяоюн&gt; &amp; Ко.');
    expect(xml).toContain('(ст. 3 &quot;а&quot;)');
    expect(xml).toContain(']]&gt; в тексте');
    const illegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    const expected = [0, 1, 2, 3].flatMap((k) => [tricky.ru[k]!.replace(illegal, ''), tricky.en[k]!.replace(illegal, '')]);
    expect(segs(xml)).toEqual(expected);
    // astral characters (a flag emoji: two surrogate pairs) survive intact
    expect(segs(xml)[4]).toContain('\ud83c\udde7\ud83c\uddfe');
    expect(segs(xml)[4]).toContain('114 резидентов 🇧🇾,  и .');
  });

  it.skipIf(!hasXmllint)('xmllint accepts the escaped output', () => {
    const a = alignTexts(tricky.ru.join('\n'), tricky.en.join('\n'), { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
    expect(xmllint(alignmentToTmx(a))).toEqual({ ok: true, stderr: '' });
  });

  it('an undetermined language is written as a private-use tag, and the header stays valid', () => {
    const a = alignTexts('1 2 3', '1 2 3', { units: 'lines' });
    const xml = alignmentToTmx({ ...a, source: { ...a.source, lang: 'und' }, target: { ...a.target, lang: 'und' } });
    expect(validate(xml)).toEqual([]);
    expect(xml).toContain('srclang="x-und"');
  });
});

describe('sverka align --format tmx', () => {
  async function run(args: string[]): Promise<{ code: number; stdout: string }> {
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, stdin: async () => new Uint8Array() };
    return { code: await main(args, io), stdout };
  }

  it.each(['lines', 'sentences', 'paragraphs'])('--units %s output validates against the DTD', async (units) => {
    const ru = join(dir, 'doc.ru');
    const en = join(dir, 'doc.en');
    writeFileSync(ru, ruText);
    writeFileSync(en, enText);
    const r = await run(['align', ru, en, '--units', units, '--format', 'tmx']);
    expect(r.code).toBe(0);
    expect(validate(r.stdout)).toEqual([]);
    expect((r.stdout.match(/<tu /g) ?? []).length).toBeGreaterThan(0);
    if (hasXmllint) expect(xmllint(r.stdout)).toEqual({ ok: true, stderr: '' });
  });
});
