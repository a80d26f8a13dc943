import { describe, expect, it } from 'vitest';
import { ocrCompoundHyphen } from './compound-hyphen.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-compound-hyphen', () => {
  const cases: [string, string, [string, string][]][] = [
    // fixture 000 lines 53–55; the document also has the hyphenated form (line 35)
    ['document evidence (fixture 000)', 'в сфере информационно-коммуникационных технологий\n\nв области информационно\n\nкоммуникационных технологий', [['\n\n', '-']]],
    // fixture 000 lines 469–473 (joined later): a dictionary compound
    ['dictionary evidence (fixture 000)', 'стратегии устойчивого социально\n\nэкономического развития', [['\n\n', '-']]],
    // fixture 000 lines 465–467: «практико» is no word on its own
    ['compound stem evidence (fixture 000)', 'подписали «практико\n\nориентированный план', [['\n\n', '-']]],
    ['made up: научно / технических with trailing space', 'проведут конкурс научно \n\nтехнических проектов', [[' \n\n', '-']]],
    ['negative: an adverb before an adjective', 'уровень достаточно\n\nвысокий для работы', []],
    ['negative: a verb form and a participle', 'было\n\nпринято решение', []],
    ['negative: a line ending in a sentence', 'это важно.\n\nэкономического развития', []],
  ];
  it.each(cases)('%s', (_name, input, changes) => {
    expect(pairs(applyRule(ocrCompoundHyphen, input).changes)).toEqual(changes);
  });
});
