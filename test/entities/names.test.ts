import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { annotateEntities, entityLanguage } from '../../src/entities/annotate.js';
import { gazetteerEntries } from '../../src/entities/gazetteer.js';
import type { EntityType } from '../../src/entities/types.js';

const RU = readFileSync('fixtures/000_1141d4d96c08d6f0.txt', 'utf8');
function around(text: string, needle: string, radius = 100): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in fixture: ${needle}`);
  return text.slice(Math.max(0, i - radius), i + needle.length + radius);
}

type Case = [label: string, text: string, span: string, type: EntityType, extra?: { canonical?: string; normalized?: string; subtype?: string }];

// Real sentences: FactRuEval (MIT) and the fixtures; a few built around the examples.
const RU_CASES: Case[] = [
  ['person (FactRuEval)', 'чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.', 'Виторио Сандали', 'person'],
  ['person, instrumental case normalised', 'чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.', 'Александром Налбандовым', 'person', { normalized: 'Александр Налбандов' }],
  ['country (FactRuEval)', 'чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с послом.', 'Италии', 'location', { canonical: 'loc:country:IT', subtype: 'country' }],
  ['person with initials', 'Об этом сообщил А.Г. Лукашенко на встрече с делегацией.', 'А.Г. Лукашенко', 'person', { canonical: 'per:lukashenko' }],
  ['surname before initials', 'Доклад подготовил Залесский Б.Л. для конференции.', 'Залесский Б.Л.', 'person'],
  ['Chinese name, genitive', around(RU, 'Ли Цяна'), 'Ли Цяна', 'person', { canonical: 'per:li-qiang', normalized: 'Ли Цян' }],
  ['Chinese name', 'Председатель КНР Си Цзиньпин прибыл в Минск с государственным визитом.', 'Си Цзиньпин', 'person', { canonical: 'per:xi-jinping' }],
  ['Chinese province (fixture)', around(RU, 'провинцией Шэньси'), 'Шэньси', 'location', { canonical: 'loc:region:CN-SN', subtype: 'region' }],
  ['org head + dependants (fixture)', around(RU, 'Министерства связи и'), 'Министерства связи и \n\nинформатизации', 'organization', { canonical: 'org:mincom-by', normalized: 'Министерство связи и информатизации' }],
  ['name in quotes after a legal form', 'Контракт заключили ОАО «Белорусская калийная компания» и концерн «Белнефтехим».', 'Белорусская калийная компания', 'organization'],
  ['second quoted name', 'Контракт заключили ОАО «Белорусская калийная компания» и концерн «Белнефтехим».', 'Белнефтехим', 'organization'],
  ['industrial park is a facility', 'Резиденты индустриального парка «Великий камень» получили льготы.', 'Великий камень', 'facility', { canonical: 'fac:great-stone' }],
  ['university with a capitalised adjective', 'Лекцию прочитал профессор из Белорусского государственного университета.', 'Белорусского государственного университета', 'organization', { canonical: 'org:bsu' }],
];

const EN_CASES: Case[] = [
  ['org head Committee', 'the third meeting of the Belarusian-Chinese Intergovernmental Committee on Cooperation was held in Beijing', 'Belarusian-Chinese Intergovernmental Committee on Cooperation', 'organization', { canonical: 'org:intergov-committee-by-cn' }],
  ['city', 'the third meeting of the Belarusian-Chinese Intergovernmental Committee on Cooperation was held in Beijing', 'Beijing', 'location', { canonical: 'loc:city:CN-BJ', subtype: 'city' }],
  ['title + pinyin name', 'In May 2015, President Xi Jinping of the People\'s Republic of China paid a state visit to Belarus', 'Xi Jinping', 'person', { canonical: 'per:xi-jinping' }],
  ['long country name', 'In May 2015, President Xi Jinping of the People\'s Republic of China paid a state visit to Belarus', 'People\'s Republic of China', 'location', { canonical: 'loc:country:CN' }],
  ['transliterated Russian name', 'The agreement was signed by Sergei Rumas and the Chinese side.', 'Sergei Rumas', 'person'],
  ['pinyin name without title', 'Talks were held by Wang Yi and his counterpart.', 'Wang Yi', 'person', { canonical: 'per:wang-yi' }],
  ['legal form', 'The memorandum was signed with Huawei Technologies Co., Ltd on Monday.', 'Huawei Technologies Co., Ltd', 'organization', { canonical: 'org:huawei' }],
  ['JSC', 'Shares of Belaruskali JSC rose.', 'Belaruskali JSC', 'organization'],
  ['ministry without the country', 'The Ministry of Communications and Informatization of Belarus signed it.', 'Ministry of Communications and Informatization', 'organization', { canonical: 'org:mincom-by' }],
  ['province', 'A delegation of Shaanxi Province arrived.', 'Shaanxi Province', 'location', { canonical: 'loc:region:CN-SN' }],
  ['transliteration of Великий камень', 'Residents of the Velikiy Kamen park', 'Velikiy Kamen', 'facility', { canonical: 'fac:great-stone' }],
  ['event', 'He spoke at the Belt and Road Forum in Beijing.', 'Belt and Road Forum', 'event'],
  ['document', 'They signed the Agreement on Cooperation in Science last year.', 'Agreement on Cooperation in Science', 'document'],
];

describe.each([
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('%s names', (lang, cases) => {
  it.each(cases)('%s', (_, text, span, type, extra) => {
    const { entities } = annotateEntities(text, { lang });
    const hit = entities.find((e) => e.text === span);
    expect(hit, JSON.stringify(entities.map((e) => `${e.type}:${e.text}`))).toBeDefined();
    expect(hit!.type).toBe(type);
    expect(text.slice(hit!.start, hit!.end)).toBe(span);
    if (extra?.canonical) expect(hit!.canonical).toBe(extra.canonical);
    if (extra?.normalized) expect(hit!.normalized).toBe(extra.normalized);
    if (extra?.subtype) expect(hit!.subtype).toBe(extra.subtype);
  });
});

describe('morphology links case forms to one canonical id', () => {
  it.each(['Беларусь', 'Беларуси', 'Беларусью', 'Белоруссии'])('%s', (form) => {
    const { entities } = annotateEntities(`Делегация отправилась в город, а затем ${form} приняла гостей.`, { lang: 'ru' });
    expect(entities.find((e) => e.text === form)?.canonical).toBe('loc:country:BY');
  });

  it('one id for Шэньси and Shaanxi, for Великий камень, Great Stone and Velikiy Kamen', () => {
    const id = (text: string, lang: 'ru' | 'en', span: string): string | undefined =>
      annotateEntities(text, { lang }).entities.find((e) => e.text === span)?.canonical;
    expect(id('делегация провинции Шэньси прибыла', 'ru', 'Шэньси')).toBe(id('a delegation from Shaanxi arrived', 'en', 'Shaanxi'));
    const great = id('индустриальный парк «Великий камень» растёт', 'ru', 'Великий камень');
    expect(great).toBe('fac:great-stone');
    expect(id('the Great Stone park grows', 'en', 'Great Stone')).toBe(great);
  });
});

describe('negative cases', () => {
  it('common abbreviations and sentence-initial words are not names', () => {
    const ru = annotateEntities('Развитие ИКТ и СМИ обсуждали эксперты. Данный план содержит 89 мероприятий.', { lang: 'ru' });
    expect(ru.entities.filter((e) => ['person', 'organization', 'location'].includes(e.type))).toEqual([]);
    const en = annotateEntities('However, the parties agreed. Firstly, trade grows.', { lang: 'en' });
    expect(en.entities).toEqual([]);
  });

  it('on the English book: no URL, nationality adjective or sentence-initial pronoun as a name', () => {
    const book = readFileSync('fixtures/001_65d5a4cb3953e82a.txt', 'utf8');
    const names = annotateEntities(book, { lang: 'en' }).entities.filter((e) => e.type === 'person' || e.type === 'organization');
    const bad = names.filter((e) => ['URL', 'It', 'Belarusian', 'Russian', 'Chinese', 'University', 'ISBN'].includes(e.text));
    expect(bad.map((e) => `${e.type}:${e.text}@${e.start}`)).toEqual([]);
  });

  it('empty and non-letter input', () => {
    expect(annotateEntities('', { lang: 'ru' }).entities).toEqual([]);
    expect(annotateEntities('   \n\n  ', {}).entities).toEqual([]);
    expect(annotateEntities('—— *** ——', { lang: 'en' }).entities).toEqual([]);
  });
});

describe('language and gazetteer data', () => {
  it('detects the language when asked to', () => {
    expect(entityLanguage('Министерство связи и информатизации Беларуси подписало меморандум', 'auto')).toBe('ru');
    expect(entityLanguage('The Ministry of Communications signed a memorandum with Huawei', 'auto')).toBe('en');
  });

  it('every gazetteer entry has an id, a type and names in both languages; ids are unique', () => {
    const entries = gazetteerEntries();
    expect(entries.length).toBeGreaterThan(300);
    const ids = new Set<string>();
    for (const e of entries) {
      expect(e.id).toMatch(/^(loc|org|fac|per|evt):/);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.en.length, e.id).toBeGreaterThan(0);
      expect(e.ru.length, e.id).toBeGreaterThan(0);
    }
  });
});
