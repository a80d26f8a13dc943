import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, toMarkdown } from '../../src/clean/clean.js';
import { detectProfile } from '../../src/clean/detect-profile.js';
import { applyChanges } from '../../src/model/draft.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const page = (name: string) => readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8');

/**
 * Non-blank lines of a text, trimmed, with whitespace runs as one space and no space
 * after a closing quote (the repairs the profile makes inside kept lines).
 */
const linesOf = (t: string) =>
  t
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').replace(/([’”]) (?=\p{Lu})/gu, '$1').trim())
    .filter(Boolean);
/** Lines of the original between two lines (inclusive): the article as printed. */
function between(text: string, first: string, last: string): string[] {
  const ls = linesOf(text);
  const a = ls.findIndex((l) => l.startsWith(first));
  const b = ls.findIndex((l) => l.startsWith(last));
  expect(a).toBeGreaterThanOrEqual(0);
  expect(b).toBeGreaterThanOrEqual(a);
  return ls.slice(a, b + 1);
}

interface PageCase {
  name: string;
  text: string;
  /** First and last line of the article body. */
  body: [string, string];
  /** Lines that must survive besides the body (title). */
  title: string;
  /** Chrome lines (beginnings) that must be gone. */
  chrome: string[];
  meta: Record<string, string>;
}

const cases: PageCase[] = [
  {
    name: '003 (ЦАМТО: counters, captions, rights, headline list)',
    text: fixture('003_abd422b7a431f1ba.txt'),
    body: ['ЦАМТО, 18 августа.', 'Сообщение размещено в открытом доступе'],
    title: 'Беларусь и Китай углубляют сотрудничество в военно-технической сфере',
    chrome: ['date 2025-08-19 Войти', 'ЦАМТО\n', '211', 'Флаги Белоруссии и Китая', 'Источник изображения', 'Права на данный материал', 'Материал размещён', '• В новости упоминаются', 'Страны', 'Хотите оставить комментарий', 'Войти через ВКонтакте', 'ПОДПИСКА НА НОВОСТИ', 'Ежедневная рассылка', '• 19.08 03:50', 'Киев отреагировал на видео', 'Без кнута и пряника', 'Ответ на "Николай Патрушев'],
    meta: { date: '2025-08-19', title: 'Беларусь и Китай углубляют сотрудничество в военно-технической сфере' },
  },
  {
    name: '004 (English: navigation, repeated title, NBSP)',
    text: fixture('004_5069994c9aedaf13.txt'),
    body: ['On the development of international cooperation', 'There was an intergovernmental commission'],
    title: 'Image of a High-Tech Country',
    chrome: ['Back to Top', 'Articles', 'Return back', 'Source: Zvyazda'],
    meta: { title: 'Image of a High-Tech Country', source: 'Zvyazda' },
  },
  {
    name: 'new English layout (breadcrumbs, cookie banner, share, tags, related, footer)',
    text: page('herald-en.txt'),
    body: ['Minsk Tractor Works has opened', 'Trade between the two countries'],
    title: 'Belarusian tractor maker opens assembly line in Shandong province',
    chrome: ['Skip to main content', 'We use cookies', 'Minsk Herald', 'Home ›', 'Search', 'Published:', 'Author:', 'Views:', 'Share:', 'Photo:', 'The new assembly hall', 'Tags:', 'Related news', 'Gomel plant ships', '11.03.2024', 'Most read', '1. Minsk metro', 'Subscribe', 'Enter your e-mail', 'Contact us', '©', 'Back to top'],
    meta: { title: 'Belarusian tractor maker opens assembly line in Shandong province', date: '2024-03-12', author: 'Anna Petrova' },
  },
  {
    name: 'new Russian layout (regional site: breadcrumbs, counters, comments, related)',
    text: page('region-ru.txt'),
    body: ['В Могилевском государственном университете', 'В прошлом учебном году'],
    title: 'Китайские студенты начали учебу в Могилевском государственном университете',
    chrome: ['Главная / Новости', 'Версия для слабовидящих', 'Вход | Регистрация', 'Могилевские новости', '10:45', 'Фото:', 'Поделиться', '1 532 просмотра', 'Автор:', 'Теги:', 'Читайте также', 'В Бобруйске открылся', '4 сентября 2024', 'Комментарии', 'Оставьте комментарий', 'Нашли ошибку', '©'],
    meta: { title: 'Китайские студенты начали учебу в Могилевском государственном университете', date: '2024-09-05', author: 'Ирина Ковалева' },
  },
];

describe('web profile on scraped pages', () => {
  for (const c of cases) {
    describe(c.name, () => {
      const r = clean(c.text);
      const out = linesOf(r.text);
      it('is detected as a scraped page', () => {
        expect(r.profile.name).toBe('web');
      });
      it('keeps every article line, in order', () => {
        const body = between(c.text, c.body[0], c.body[1]);
        const kept = out.filter((l) => body.includes(l));
        expect(kept).toEqual(body);
      });
      it('keeps the title once, as a heading', () => {
        expect(out.filter((l) => l.replace(/^#\s+/, '') === c.title)).toHaveLength(1);
        expect(out[0]).toBe(`# ${c.title}`);
      });
      it('loses all chrome', () => {
        const body = between(c.text, c.body[0], c.body[1]);
        const extra = out.filter((l) => !body.includes(l) && l !== `# ${c.title}`);
        expect(extra).toEqual([]);
        for (const chrome of c.chrome) expect(r.text.includes(chrome.trim() === chrome ? `\n${chrome}` : chrome), chrome).toBe(false);
      });
      it('keeps title, date, author, source as meta', () => {
        expect(r.meta).toMatchObject(c.meta);
      });
      it('records every change in original coordinates', () => {
        expect(applyChanges(c.text, r.changes.filter((ch) => ch.scope === 'body'))).toBe(r.text);
      });
      it('is idempotent', () => {
        const again = clean(toMarkdown(r), { profile: 'web' });
        expect(again.text.trimEnd()).toBe(r.text.trimEnd());
      });
    });
  }

  it('002 (government page) keeps all of its text; only the scraper footer goes', () => {
    const text = fixture('002_b51bf4fae41c79d9.txt');
    const r = clean(text);
    expect(r.profile.name).toBe('web');
    const footer = ['---', '**Source URL:** <https://mpt.gov.by/node/10669>'];
    expect(linesOf(r.text)).toEqual(linesOf(text).filter((l) => !footer.includes(l)));
    expect(r.meta).toMatchObject({ source: 'https://mpt.gov.by/node/10669', date: '2025-07-31', title: 'Беларусь и Китай активизируют сотрудничество в сфере цифрового развития' });
    expect(r.text.startsWith('## Беларусь')).toBe(true);
  });

  it('004: NBSP and glued closing quotes are repaired', () => {
    const r = clean(fixture('004_5069994c9aedaf13.txt'));
    expect(r.text).not.toMatch(/\u00a0/);
    expect(r.text).toContain('41 projects.’ For example');
    expect(r.text).toContain('‘The cooperation with Serbia');
  });
});

describe('profile auto-detection', () => {
  it.each([
    ['000_1141d4d96c08d6f0.txt', 'ocr'],
    ['001_65d5a4cb3953e82a.txt', 'mt'],
    ['002_b51bf4fae41c79d9.txt', 'web'],
    ['003_abd422b7a431f1ba.txt', 'web'],
    ['004_5069994c9aedaf13.txt', 'web'],
  ])('%s → %s, with a reason', (file, profile) => {
    const choice = detectProfile(fixture(file));
    expect(choice.name).toBe(profile);
    expect(choice.reason.length).toBeGreaterThan(10);
  });
  it('plain prose stays plain', () => {
    const prose = linesOf(fixture('004_5069994c9aedaf13.txt')).filter((l) => l.length > 200).join('\n\n');
    expect(detectProfile(prose).name).toBe('plain');
  });
});

describe('calqued forms of address', () => {
  it('004: "Alexander Gennadievich" is reported, twice, and kept', () => {
    const text = fixture('004_5069994c9aedaf13.txt');
    const r = clean(text);
    const found = r.diagnostics.filter((d) => d.rule === 'web-patronymic-address');
    expect(found.map((d) => text.slice(d.start!, d.end!))).toEqual(['Alexander Gennadievich', 'Alexander Gennadievich']);
    expect(r.text).toContain('Also Alexander Gennadievich noted');
    // a full name with the surname is not reported
    expect(clean('Alexander Gennadievich Shumilin said so.', { profile: 'web', lang: 'en' }).diagnostics.filter((d) => d.rule === 'web-patronymic-address')).toEqual([]);
  });
});
