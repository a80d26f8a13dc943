import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, toMarkdown } from '../../src/clean/index.js';
import { applyChanges } from '../../src/model/draft.js';

const original = readFileSync(new URL('../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url), 'utf8');
const result = clean(original);
const urlOf = (s: string): string | undefined => /https?:\/\/\S+/.exec(s)?.[0];

describe('OCR cleaner on fixtures/000 (Russian OCR chapter)', () => {
  it('is recognised as OCR', () => {
    expect(result.profile.name).toBe('ocr');
    expect(result.lang).toBe('ru');
  });

  it('takes notes 82–98 out whole', () => {
    expect(result.footnotes.map((f) => f.id)).toEqual(Array.from({ length: 17 }, (_, i) => String(82 + i)));
    for (const f of result.footnotes) {
      expect(original.slice(f.start, f.end).startsWith(`${f.id} `)).toBe(true);
      expect(f.text).not.toMatch(/\n|  /);
      if (f.id === '98') expect(f.text).toMatch(/^Залесский, Б\. Динамика .* Publishing, 2024\. — С\. 43\.$/);
      else expect(f.text).toMatch(/\[Электронный ресурс\]\. — 2024\. — (URL: )?https?:\/\/\S+$/);
    }
    expect(result.footnotes.find((f) => f.id === '83')!.text).toBe(
      'Минпромы Беларуси и Китая: план по сотрудничеству может быть актуализирован, детализирован и расширен [Электронный ресурс]. — 2024. — URL: https://belta.by/economics/view/minpromy-belarusi-i-kitaia-plan-po-sotrudnichestvu-mozhet-byt-aktualizirovan-detalizirovan-i-rasshiren-644949-2024/',
    );
  });

  it('leaves every note URL whole and parseable, OCR damage repaired', () => {
    for (const f of result.footnotes) {
      const url = urlOf(f.text);
      if (!url) continue;
      expect(() => new URL(url), url).not.toThrow();
      expect(url).not.toMatch(/\.bv\b|societv|govemment|[■»\u0400-\u04ff\s,]/);
    }
    const byId = new Map(result.footnotes.map((f) => [f.id, urlOf(f.text)]));
    expect(byId.get('84')).toBe('https://belta.by/society/view/stanki-tselliuloza-avtomobil-kakie-znakovye-proekty-realizuiut-belarus-i-kitai-671355-2024/');
    expect(byId.get('89')).toBe('https://belta.by/economics/view/belshina-sovmestno-s-bgtu-ukrepliaet-partnerstvo-s-vedushchimi-kitaiskimi-shinnymi-kompaniiami-627709-2024/');
    expect(byId.get('93')).toBe('https://belta.by/society/view/belarus-i-kitai-utverdili-20-sovmestnyh-nauchno-tehnicheskih-proektov-na-2024-2026-gody-656073-2024/');
    expect(byId.get('96')).toBe('http://www.government.by/ru/content/10993');
    expect(byId.get('97')).toBe('https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i-kitaj-dogovorilis-o-novyh-krupnyh-investproektah-656105-2024/');
  });

  it('keeps no note text, page number, link-layer copy or garbage line in the body', () => {
    const body = result.text;
    expect(body).not.toMatch(/Электронный ресурс|URL:|https?:|belta/);
    expect(body).not.toMatch(/^\s*52\s*$/m);
    expect(body).not.toMatch(/^\s*(?:О -|Л ')\s*$/m);
    expect(body).not.toMatch(/\/огеографией|Китайр|Г осударствен|5 9|Machinerv| -  |\n\n\n/);
    expect(body).not.toMatch(/["”]/); // “ stays only as the closing of a nested „…“
  });

  it('links every marker to its note (note 83 has none in the source and is reported)', () => {
    const ids = new Set(result.footnotes.map((f) => f.id));
    expect(result.markers.map((m) => m.id)).toEqual(['82', '84', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95', '96', '97', '98']);
    for (const m of result.markers) {
      expect(ids.has(m.id)).toBe(true);
      expect(original.slice(m.start, m.end)).toBe(m.id);
      expect(result.text).toContain(`[^${m.id}]`);
    }
    expect([...result.text.matchAll(/\[\^(\d+)\]/g)].length).toBe(result.markers.length);
    expect(result.diagnostics.some((d) => /note 83 has no marker/.test(d.message))).toBe(true);
  });

  it('repairs words, layout and punctuation', () => {
    const body = result.text;
    for (const s of [
      'Сотрудничество в области науки, технологий и инноваций выходит на новый уровень\n\nВ августе 2024 года',
      '140 организаций — 59 белорусских и 81 китайских. Это — ведущие',
      'в области информационно-коммуникационных технологий подписали',
      'по сопряжению промышленной политики чтобы развивать производственную кооперацию, в том числе',
      'от Гомельского станкостроительного завода до „Красного борца“ в Орше»[^84]',
      'Guangxi Yuchai Machinery Group',
      'с мировой географией поставок',
      'белорусский Государственный комитет',
      '«практико-ориентированный план',
      'устойчивого социально-экономического развития',
      'двух стран...»[^97].',
      'Беларусь и Китай, продолжая строить',
      'в 2024-2026 годах',
    ]) expect(body).toContain(s);
  });

  it('records every change against the original', () => {
    for (const c of result.changes) expect(original.slice(c.start, c.end)).toBe(c.before);
    const body = result.changes.filter((c) => c.scope === 'body');
    expect(applyChanges(original, body)).toBe(result.text);
  });

  it('is idempotent: a second pass over the Markdown output changes nothing', () => {
    const md = toMarkdown(result);
    const again = clean(md, { profile: 'ocr' });
    expect(again.changes).toEqual([]);
    expect(toMarkdown(again)).toBe(md);
  });

  it('keeps dashes and quotes as they are with typography off', () => {
    const plain = clean(original, { typography: false });
    expect(plain.changes.some((c) => c.rule.startsWith('typography-'))).toBe(false);
    expect(plain.text).toContain('организаций -  59');
    expect(plain.footnotes).toHaveLength(17);
  });

  it('gives the same result on CRLF input', () => {
    const crlf = clean(original.replace(/\n/g, '\r\n'));
    expect(toMarkdown(crlf).replace(/\r/g, '')).toBe(toMarkdown(result));
    for (const c of crlf.changes) expect(crlf.original.slice(c.start, c.end)).toBe(c.before);
  });
});
