import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { clean } from '../../src/clean/clean.js';
import { applyChanges } from '../../src/model/draft.js';
import { segment } from '../../src/segment/segment.js';
import type { CleanResult, ProfileName } from '../../src/clean/types.js';

// Inputs built from real fixture lines (so the rules fire), cut, shuffled and mixed
// with arbitrary strings (so they meet what no fixture has).
const dir = new URL('../../fixtures/', import.meta.url);
const LINES = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '  ', '\n', '\t', '-', '»', '«', '<sup>3</sup>', '\\$', '52', 'https: //belta.bv/', '\u00a0', '\ud800') },
);
const document = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('\n'));
const PROFILES: ProfileName[] = ['ocr', 'mt', 'web', 'plain'];

// `npm test` (and CI) draws the same inputs every run, so a red run means the code
// changed; `npm run fuzz` (SVERKA_FUZZ=1) draws new ones, 25 times as many, to hunt
// (SVERKA_FUZZ_SEED=N replays the run a failure reported).
const FUZZ = process.env.SVERKA_FUZZ === '1';
const FUZZ_SEED = process.env.SVERKA_FUZZ_SEED === undefined ? undefined : Number(process.env.SVERKA_FUZZ_SEED);
const runs = (numRuns: number): { numRuns: number; seed?: number } =>
  FUZZ ? { numRuns: numRuns * 25, ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) } : { numRuns, seed: 20261122 };

/** Check the invariants of issue 9 on one cleaning result. */
function checkInvariants(original: string, r: CleanResult): void {
  // 1. applying the body changes to the original gives exactly the cleaned text
  const body = r.changes.filter((c) => c.scope === 'body');
  expect(applyChanges(original, body)).toBe(r.text);
  // 2. every change names the original characters it replaced
  for (const c of r.changes) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(original.length);
    expect(original.slice(c.start, c.end)).toBe(c.before);
    expect(typeof c.rule).toBe('string');
  }
  // 3. note streams: their changes applied to the note's span give the note text
  for (const note of r.footnotes) {
    expect(note.start).toBeGreaterThanOrEqual(0);
    expect(note.end).toBeLessThanOrEqual(original.length);
    expect(note.start).toBeLessThanOrEqual(note.end);
  }
  for (const m of r.markers) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(original.length);
  }
  // 4. every sentence of the cleaned text maps back inside the original
  const seg = segment(r.text, { toOriginal: (s, e) => r.draft.spanToOriginal(s, e) });
  for (const p of seg.paragraphs) {
    for (const s of p.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(original.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
  }
}

describe('cleaning invariants (property-based, every profile)', () => {
  for (const profile of PROFILES) {
    it(`${profile}: never throws, changes rebuild the text, spans map back`, () => {
      fc.assert(
        fc.property(document, (original) => {
          const r = clean(original, { profile });
          expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          checkInvariants(original, r);
        }),
        runs(60),
      );
    });

    it(`${profile}: is idempotent (a second pass changes nothing)`, () => {
      fc.assert(
        fc.property(document, (original) => {
          const once = clean(original, { profile });
          const twice = clean(once.text, { profile });
          expect(twice.text).toBe(once.text);
        }),
        runs(40),
      );
    });
  }
});

/**
 * Counterexamples the properties and `npm run fuzz` found (seed in the name where known):
 * each input, cleaned once, is cleaned to itself a second time; `check` holds what the
 * fix itself asserts about the first pass.
 */
interface Regression {
  name: string;
  profile: ProfileName;
  input: string;
  check?: (once: CleanResult) => void;
}

const REGRESSIONS: Regression[] = [
  {
    // a Russian note swallowed an English paragraph, leaving a Russian body; typography
    // keyed to the input's language (en) skipped it on the first pass and applied it on the second
    name: 'ocr: typography follows the language of the body left after notes are taken out (seed 1820164641)',
    profile: 'ocr',
    input: [
      '82 Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ [Электронный',
      'The new agreement between Hunan Province and the Mogilev Region, based on the principles of equality and mutual benefit, will increase exchange and cooperation in economics, trade, tourism, culture, education and training.',
      'отечественных станкостроительных предприятий -  от Гомельского',
    ].join('\n'),
  },
  {
    name: 'ocr: paragraphs the first pass kept apart are not taken for double-spaced lines on the second',
    profile: 'ocr',
    input: [
      'Back to Top',
      'A',
      'Decisions of the cooperation committee .....\t37',
      'OmniScriptum Publishing Group',
      '',
      'конкретные задачи, планы и перспективные направления, показывая ',
      'поступили восемь станков с ЧПУ [из Китая]»87.',
    ].join('\n'),
  },
  {
    name: 'ocr: a glyph line beside a page number goes first, so the number goes on the same pass',
    profile: 'ocr',
    input: '52\n-',
    check: (once) => expect(once.text).toBe(''),
  },
  {
    name: 'ocr: a glyph line beside a page number between blank lines goes first',
    profile: 'ocr',
    input: 'Текст страницы.\n\n52\nО -\n\nПродолжение.',
    check: (once) => expect(once.text).toBe('Текст страницы.\n\n\nПродолжение.'),
  },
  {
    name: 'ocr: a number line the page-number rule kept is not set apart as a heading (seed -64134651)',
    profile: 'ocr',
    input: '52\nВсе эти документы и запуск нескольких новых промышленных проектов \n0\nkitaem-na-3-mlrd-rasschitany-na-srednesrochnuiu-perspektivu-655954-2024/',
    check: (once) => expect(once.text.startsWith('52 Все эти документы')).toBe(true),
  },
  {
    name: 'ocr: a sentence that reads on across a blank line is joined, so the output does not look double-spaced (seed 976119834)',
    profile: 'ocr',
    input: ':\n\nкоммуникационных технологий подписали Министерство связи и \n\na\nInternational Book Market Service Ltd., member of OmniScriptum Publishing Group',
    check: (once) => expect(once.text).toContain('Министерство связи и a'),
  },
  {
    name: 'ocr: the wrap width is judged on lengths typography does not change (seed -379299034)',
    profile: 'ocr',
    input: '#\nих передовым опытом и якорными проектами, которые смогут собрать вокруг \n[Электронный ресурс]. -  2024. -  URL: https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i- \n#',
  },
  {
    name: 'ocr: a number line after a sentence is text when the page-number rule kept it (seed -992445885)',
    profile: 'ocr',
    input: 'организации «совместных производств двигателей для грузовых и легковых \nURL: https://belta.bv/economics/view/mtz-zainteresovan-v-sozdanii-sovmestnvh-proizvodstv-v-kitae-\nC. 43.\n52',
    check: (once) => expect(once.text.endsWith('C. 43. 52')).toBe(true),
  },
  {
    name: 'ocr: a URL after a blank line is not joined to the line before, which a second pass read as a note (seed 1966258220)',
    profile: 'ocr',
    input: '93 Беларусь и Китай утвердили 20 совместных научно-технических проектов на 2024-2026 годы \n\nhttps://belta.by/society/view/filial-nan-belarusi-sozdadut-v-kitae-656108-2024/\n  • 18.08 15:57\n#',
  },
  {
    name: 'ocr: a copied URL with a space after the scheme goes on the first pass, not the second',
    profile: 'ocr',
    input: 'https: //belta.bv/\nhttps: //belta.bv/',
  },
  {
    name: 'mt: a trailing space taken out between two paragraphs is no page break to join across (seed -1789080059)',
    profile: 'mt',
    input: [
      'Beef is expected to become a very popular product of Brest region enterprises on the Chinese market in 2017. At the same time, the Chinese side immediately offered Berezovsky meat cannery to start deliveries. Brest Meat',
      '',
      "Buy your books fast and straightforward online - at one of world's fastest growing online book stores! Environmentally sound due to Print-on-Demand technologies.",
      'совместно работают над совершенствованием качества резиновых смесей, ',
      '',
      "Just a week later, in the twenties of May 2017, Minsk hosted the Belarusian-Chinese Scientific and Technical Forum, organized by the National Academy of Belarus, the People's Government of Harbin, the State Committee on Science and Technology of Belarus. More than four hundred scientists and experts from two countries participated in the forum.",
    ].join('\n'),
    check: (once) => expect(once.changes.map((c) => c.rule)).not.toContain('mt-page-join'),
  },
  {
    name: 'web: what is left after chrome goes is not chrome to a second pass',
    profile: 'web',
    input: [
      '<sup>27</sup> Zalesky, B. International Relations and Media. View from Belarus / B. Zalesky. - Palmarium Academic Publishing : Saarbrücken, Deutschland / Germany, 2014. - - C. 399-400.',
      'реализацию совместных научных и научно-технических проектов, что позволит ',
      'Без кнута и пряника. Россия лишила Америку привычных рычагов влияния',
    ].join('\n'),
  },
  {
    // the second pass found the first kept line to be the page title and made it a heading
    name: 'web: a title that shows only once the chrome around it is gone is taken on the first pass (seed -1944281563)',
    profile: 'web',
    input: [
      'технологического оборудования. Напомним, что «в марте 2023 года Беларусь и ',
      'другие предприятия машиностроения республики. В частности, для ',
      'which is under construction there. The outcome of this project should be "an integrated infrastructure to stimulate the innovative development of the park"<sup>122</sup>.',
      'информатизации Китая, в котором «предусматривается содействие',
    ].join('\n'),
  },
  {
    name: 'web: chrome settling sees the title as the heading a second pass sees (seed 1951323985)',
    profile: 'web',
    input: [
      'Этот проект «МТЗ готов реализовать с Китайско-Белорусским ',
      'магистров и докторантов, организация стажировок и обучения, инициирование ',
      'Kaufen Sie Ihre Bücher schnell und unkompliziert online – auf einer der am schnellsten wachsenden Buchhandelsplattformen weltweit! Dank Print-On-Demand umwelt- und ressourcenschonend produziert.',
      'Министерством промышленности Беларуси совместно с Центром ',
    ].join('\n'),
  },
];

describe('regressions found by the properties and by fuzzing', () => {
  it.each(REGRESSIONS.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const once = clean(r.input, { profile: r.profile });
    r.check?.(once);
    expect(clean(once.text, { profile: r.profile }).text).toBe(once.text);
  });
});

describe('cleaning the fixtures keeps the invariants', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s', (file) => {
    const original = readFileSync(new URL(file, dir), 'utf8');
    const r = clean(original);
    checkInvariants(original, r);
    expect(clean(r.text, { profile: r.profile.name }).text).toBe(r.text);
  });
});
