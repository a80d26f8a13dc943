import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignUnits } from '../../src/align/align-units.js';
import { alignTexts, alignTextsWithEmbeddings } from '../../src/align/align-text.js';
import { NTREX_CASES, NTREX_DOCS } from './fixtures/ntrex-cases.js';
import type { Bead } from '../../src/align/types.js';

const key = (s: readonly number[], t: readonly number[]): string => `${s.join(',')}:${t.join(',')}`;
const keys = (beads: Bead[]): string[] => beads.map((b) => key(b.source, b.target));

/** Every unit of both sides exactly once, in order, beads contiguous. */
function expectCovering(beads: Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    for (const x of b.source) expect(x).toBe(i++);
    for (const y of b.target) expect(y).toBe(j++);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect(i).toBe(n);
  expect(j).toBe(m);
}

describe('bead shapes on real NTREX windows', () => {
  it.each(Object.keys(NTREX_CASES))('%s bead is found', (shape) => {
    const c = NTREX_CASES[shape]!;
    const r = alignUnits(c.ru, c.en);
    expectCovering(r.beads, c.ru.length, c.en.length);
    expect(keys(r.beads)).toContain(key(c.bead[0], c.bead[1]));
  });

  it.each(Object.keys(NTREX_DOCS))('%s bead is found in a whole document', (shape) => {
    const c = NTREX_DOCS[shape]!;
    const r = alignUnits(c.ru, c.en);
    expectCovering(r.beads, c.ru.length, c.en.length);
    expect(keys(r.beads)).toContain(key(c.bead[0], c.bead[1]));
  });
});

/**
 * 3-2 and 2-3 beads: short news items about Belarus–China cooperation, written for these
 * tests, where the translator moved a clause of the middle sentence into the neighbouring
 * sentence. Only the whole group is a correct bead; each split leaves one anchor (a number)
 * on the wrong side. Each positive case has a control with the same Russian and an English
 * version that keeps the Russian sentence boundary, where a 3-unit bead would be wrong.
 */
const TRADE = {
  ru: [
    'Премьер-министр Беларуси Роман Головченко 14 марта прибыл с официальным визитом в Пекин.',
    'В ходе переговоров с премьером Госсовета КНР Ли Цяном стороны обсудили ход реализации совместных проектов.',
    'По итогам 2023 года товарооборот двух стран достиг $8,4 млрд.',
    'Это на 60% больше, чем годом ранее, и рекордный показатель за всю историю отношений.',
    'Белорусский экспорт продовольствия в Китай вырос в 1,5 раза, до $1,1 млрд.',
    'Стороны договорились провести следующее заседание межправительственного комитета в Минске в ноябре.',
  ],
  // the 60% clause moves into the first English sentence, "record" into the second
  en: [
    'Belarusian Prime Minister Roman Golovchenko arrived in Beijing on an official visit on March 14.',
    'In talks with Chinese Premier Li Qiang, the two sides discussed progress on joint projects.',
    'Trade between the two countries reached $8.4 billion in 2023, up 60% on the previous year.',
    'This is a record for the entire history of relations, and Belarusian food exports to China grew 1.5 times to $1.1 billion.',
    'The sides agreed to hold the next meeting of the intergovernmental committee in Minsk in November.',
  ],
  // control: the English keeps the boundary after the first Russian sentence of the group
  enControl: [
    'Belarusian Prime Minister Roman Golovchenko arrived in Beijing on an official visit on March 14.',
    'In talks with Chinese Premier Li Qiang, the two sides discussed progress on joint projects.',
    'Trade between the two countries reached $8.4 billion in 2023.',
    'This is 60% more than a year earlier and a record for the entire history of relations, and Belarusian food exports to China grew 1.5 times to $1.1 billion.',
    'The sides agreed to hold the next meeting of the intergovernmental committee in Minsk in November.',
  ],
};

const PARK = {
  ru: [
    'Президент Беларуси Александр Лукашенко 5 июня встретился в Минске с делегацией провинции Шэньси.',
    'Индустриальный парк «Великий камень» в 2023 году привлек 17 новых резидентов из Китая, Германии и Австрии.',
    'Общий объем заявленных инвестиций составил $1,5 млрд, а число рабочих мест в парке превысило 3 тыс., сообщил генеральный директор администрации парка Александр Ярошенко на пресс-конференции в Минске.',
    'По его словам, в ближайшие пять лет в парке планируется построить жилой квартал на 4 тыс. жителей и международную школу.',
  ],
  // the investment figure moves into the first English sentence; the rest is split in two
  en: [
    'Belarusian President Alexander Lukashenko met with a delegation of Shaanxi Province in Minsk on June 5.',
    'The China-Belarus Industrial Park Great Stone attracted 17 new residents from China, Germany and Austria in 2023, with declared investments totalling $1.5 billion.',
    'The number of jobs in the park exceeded 3,000.',
    'This was announced by Alexander Yaroshenko, director general of the park administration, at a press conference in Minsk.',
    'Over the next five years, he said, the park plans to build a residential quarter for 4,000 people and an international school.',
  ],
  enControl: [
    'Belarusian President Alexander Lukashenko met with a delegation of Shaanxi Province in Minsk on June 5.',
    'The China-Belarus Industrial Park Great Stone attracted 17 new residents from China, Germany and Austria in 2023.',
    'Declared investments totalled $1.5 billion, and the number of jobs in the park exceeded 3,000.',
    'This was announced by Alexander Yaroshenko, director general of the park administration, at a press conference in Minsk.',
    'Over the next five years, he said, the park plans to build a residential quarter for 4,000 people and an international school.',
  ],
};

describe('3-2 and 2-3 beads (Belarus–China news, sentence a unit)', () => {
  it('3-2: three Russian sentences with two English ones when a clause moved across', () => {
    const r = alignUnits(TRADE.ru, TRADE.en);
    expect(keys(r.beads)).toEqual(['0:0', '1:1', '2,3,4:2,3', '5:4']);
    const bead = r.beads[2]!;
    const anchorKeys = bead.evidence.anchors.map((a) => a.key);
    // the number that crosses the Russian boundary is evidence of the bead, with those on either side
    expect(anchorKeys).toEqual(expect.arrayContaining(['n:60', 'n:2023', 'n:1.5']));
  });

  it('2-3: two Russian sentences with three English ones', () => {
    const r = alignUnits(PARK.ru, PARK.en);
    expect(keys(r.beads)).toEqual(['0:0', '1,2:1,2,3', '3:4']);
    expect(r.beads[1]!.evidence.anchors.map((a) => a.key)).toEqual(expect.arrayContaining(['n:17', 'n:3000', 's:rSnk']));
  });

  it('the other direction (English source) gives the mirrored shapes', () => {
    expect(keys(alignUnits(TRADE.en, TRADE.ru, { sourceLang: 'en', targetLang: 'ru' }).beads)).toEqual(['0:0', '1:1', '2,3:2,3,4', '4:5']);
    expect(keys(alignUnits(PARK.en, PARK.ru, { sourceLang: 'en', targetLang: 'ru' }).beads)).toEqual(['0:0', '1,2,3:1,2', '4:3']);
  });

  it('controls: when the translation keeps the sentence boundary, smaller beads win', () => {
    expect(keys(alignUnits(TRADE.ru, TRADE.enControl).beads)).toEqual(['0:0', '1:1', '2:2', '3,4:3', '5:4']);
    expect(keys(alignUnits(PARK.ru, PARK.enControl).beads)).toEqual(['0:0', '1:1', '2:2,3', '3:4']);
  });

  it('alignTexts finds the same beads over segmented sentences, in one paragraph or two', () => {
    const one = alignTexts(TRADE.ru.join(' '), TRADE.en.join(' '), { sourceLang: 'ru', targetLang: 'en' });
    expect(one.source.units).toHaveLength(6);
    expect(one.target.units).toHaveLength(5);
    expect(keys(one.beads)).toEqual(['0:0', '1:1', '2,3,4:2,3', '5:4']);
    const paras = (xs: string[], k: number): string => `${xs.slice(0, k).join(' ')}\n\n${xs.slice(k).join(' ')}`;
    const two = alignTexts(paras(PARK.ru, 1), paras(PARK.en, 1), { sourceLang: 'ru', targetLang: 'en' });
    expect(two.warnings).toEqual([]);
    expect(keys(two.beads)).toEqual(['0:0', '1,2:1,2,3', '3:4']);
  });
});

/**
 * 1-0 and 0-1 beads: a sentence with figures that the translation leaves out is a deletion,
 * not a passenger in its neighbour's bead (written Belarus–China news). The control keeps
 * the figures in the translation, and no deletion is made.
 */
const VISIT = {
  ru: [
    'Министр иностранных дел Беларуси Максим Рыженков 10 апреля провел в Пекине переговоры с главой МИД КНР Ван И.',
    'Стороны обсудили подготовку визита Александра Лукашенко в Китай.',
    'В 2024 году в белорусских вузах обучались 3 тыс. студентов из КНР.',
    'Министры также договорились расширить сотрудничество в области образования и туризма.',
    'Следующий раунд консультаций пройдет в Минске.',
  ],
  // the English leaves out the sentence about students
  en: [
    'Belarusian Foreign Minister Maxim Ryzhenkov held talks in Beijing on April 10 with Chinese Foreign Minister Wang Yi.',
    "The sides discussed preparations for Alexander Lukashenko's visit to China.",
    'The ministers also agreed to expand cooperation in education and tourism.',
    'The next round of consultations will take place in Minsk.',
  ],
};

describe('1-0 and 0-1 beads (omitted sentences)', () => {
  it('1-0: a Russian sentence with figures absent from the English stands alone', () => {
    const r = alignUnits(VISIT.ru, VISIT.en);
    expect(keys(r.beads)).toEqual(['0:0', '1:1', '2:', '3:2', '4:3']);
    expect(r.beads[2]!.score).toBeLessThanOrEqual(0.5);
  });

  it('0-1: the same omission seen from the English side', () => {
    const r = alignUnits(VISIT.en, VISIT.ru, { sourceLang: 'en', targetLang: 'ru' });
    expect(keys(r.beads)).toEqual(['0:0', '1:1', ':2', '2:3', '3:4']);
  });

  it('control: when the English keeps the figures (in two sentences), they are aligned, not deleted', () => {
    const ru = [...VISIT.ru.slice(0, 2), 'В 2024 году в белорусских вузах обучались 3 тыс. студентов из КНР, и министры договорились расширить сотрудничество в области образования и туризма.', VISIT.ru[4]!];
    const en = [...VISIT.en.slice(0, 2), 'In 2024, 3,000 students from China studied at Belarusian universities.', VISIT.en[2]!, VISIT.en[3]!];
    expect(keys(alignUnits(ru, en).beads)).toEqual(['0:0', '1:1', '2:2,3', '3:4']);
  });
});

describe('search invariants', () => {
  it('covers every unit once for arbitrary inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }), (a, b) => {
        const r = alignUnits(a, b);
        expectCovering(r.beads, a.length, b.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a pathological pair (3 units against 3,000) finishes and covers everything', () => {
    const base = NTREX_CASES['1-1']!;
    const ru = base.ru.slice(0, 3);
    const en = Array.from({ length: 3000 }, (_, k) => base.en[k % base.en.length]!);
    const r = alignUnits(ru, en);
    expectCovering(r.beads, 3, 3000);
    expect(r.parallel.verdict).not.toBe('parallel');
  });

  it('empty sides give only 1-0 or 0-1 beads', () => {
    expect(keys(alignUnits(['а', 'б'], []).beads)).toEqual(['0:', '1:']);
    expect(keys(alignUnits([], ['a']).beads)).toEqual([':0']);
    expect(alignUnits([], []).beads).toEqual([]);
  });

  it('restricting shapes is honoured', () => {
    const c = NTREX_CASES['2-1']!;
    const r = alignUnits(c.ru, c.en, { shapes: ['1-1', '1-0', '0-1'] });
    for (const b of r.beads) expect(b.source.length + b.target.length).toBeLessThanOrEqual(2);
  });

  it('caller-supplied embeddings are used as evidence', async () => {
    // toy "model": one dimension per topic word, in either language
    const topics = [/полиц|police/i, /школ|school/i, /погод|weather/i];
    const vec = (t: string): number[] => [...topics.map((re): number => (re.test(t) ? 1 : 0)), 0.1];
    const ru = ['Полиция задержала двоих.', 'Школы закрыты сегодня.', 'Погода будет тёплой.'];
    const en = ['Schools are closed today.', 'Police detained two.', 'The weather will be warm.'];
    // without embeddings the order forces 1-1 by position; with them, the crossing is visible as low similarity
    const plain = alignUnits(ru, en, { anchors: false });
    const withVec = alignUnits(ru, en, { vectors: { source: ru.map(vec), target: en.map(vec) } });
    expect(plain.beads[0]!.evidence.embedding).toBeUndefined();
    expect(withVec.beads.find((b) => b.source.includes(2))!.evidence.embedding).toBeGreaterThan(0.9);
    expect(keys(withVec.beads)).toContain('2:2');
    // the async hook of alignTextsWithEmbeddings is called once per side with the unit texts
    const calls: string[][] = [];
    const a = await alignTextsWithEmbeddings(ru.join('\n'), en.join('\n'), async (texts) => (calls.push(texts), texts.map(vec)), { units: 'lines' });
    expect(calls).toEqual([ru, en]);
    expect(a.beads.find((b) => b.source.includes(2))!.evidence.embedding).toBeGreaterThan(0.9);
  });
});
