import { afterAll, describe, expect, it } from 'vitest';
import { annotateEntities } from '../../src/entities/annotate.js';
import { useTaggerModel } from '../../src/entities/tagger/tagger.js';
import { TAGGER_LABELS } from '../../src/entities/tagger/train.js';
import type { PerceptronModel } from '../../src/entities/tagger/perceptron.js';

// How the gazetteer and the tagger are merged, with a stub tagger that calls every capitalised
// word one type (as the per-fold taggers of `bench:ner --cv` did on these FactRuEval phrases).
function stub(type: string): PerceptronModel {
  const vec = (label: string, v: number): number[] => TAGGER_LABELS.map((l) => (l === label ? v : 0));
  // Capitalised words start a name of `type`; a capitalised word after one continues it.
  return {
    labels: TAGGER_LABELS,
    weights: {
      bias: vec('O', 1),
      'sh=a': vec('O', 100),
      'sh=Aa': vec(`B-${type}`, 10),
      'sh=AA': vec(`B-${type}`, 10),
      [`t-1|sh=B-${type}|Aa`]: vec(`I-${type}`, 30),
      [`t-1|sh=I-${type}|Aa`]: vec(`I-${type}`, 30),
    },
  };
}

afterAll(() => useTaggerModel('ru', undefined));

describe('gazetteer over the tagger', () => {
  it.each([
    ['an organisation of the gazetteer the tagger calls a place', 'LOC', 'министр допустил применение в России техрегламентов Евросоюза.', 'Евросоюза', 'organization', 'org:eu'],
    ['a country the tagger calls an organisation', 'ORG', 'об этом заявил министр финансов Новой Зеландии в пятницу.', 'Новой Зеландии', 'location', 'loc:country:NZ'],
  ])('%s', (_, label, text, span, type, canonical) => {
    useTaggerModel('ru', stub(label));
    const { entities } = annotateEntities(text, { lang: 'ru' });
    const hit = entities.find((e) => e.text === span);
    expect(hit, JSON.stringify(entities.map((e) => `${e.type}:${e.text}`))).toBeDefined();
    expect(hit!.type).toBe(type);
    expect(hit!.canonical).toBe(canonical);
  });
});
