import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { annotateEntities } from '../../src/entities/annotate.js';
import type { Entity, EntityType } from '../../src/entities/types.js';

// Hand-written gold for the first three paragraphs of the Russian chapter (fixture 000):
// the title, «В августе 2024 года …» and «Данный план содержит …». Conventions (docs/entities.md):
// an organisation keeps its name span and a country after it is a location of its own
// (FactRuEval); Russian date spans include a governing preposition (NEREL).
const RAW = readFileSync('fixtures/000_1141d4d96c08d6f0.txt', 'utf8');
const PARA4 = RAW.indexOf('Министерством промышленности Беларуси');
const INPUT = RAW.slice(0, PARA4);

/** [text as it stands in the input (line breaks included), type, canonical id if known]. */
const GOLD: [string, EntityType, string?][] = [
  ['В августе 2024 года', 'date'],
  ['Государственного совета', 'organization', 'org:state-council-cn'],
  ['Китайской Народной Республики', 'location', 'loc:country:CN'],
  ['КНР', 'location', 'loc:country:CN'],
  ['Ли Цяна', 'person', 'per:li-qiang'],
  ['Беларусь', 'location', 'loc:country:BY'],
  ['2024-2025 годы', 'date'],
  ['Беларуси', 'location', 'loc:country:BY'],
  ['Китая', 'location', 'loc:country:CN'],
  ['Минске', 'location', 'loc:city:BY-minsk'],
  ['Министерства связи и \n\nинформатизации', 'organization', 'org:mincom-by'],
  ['Беларуси', 'location', 'loc:country:BY'],
  ['Huawei Technologies', 'organization', 'org:huawei'],
  ['ZTE', 'organization', 'org:zte'],
  ['PhotonSpeak', 'organization'],
  ['Парк высоких технологий', 'organization', 'org:hi-tech-park'],
  ['Великий камень', 'facility', 'fac:great-stone'],
  ['Белтелеком', 'organization', 'org:beltelecom'],
  ['Промсвязь', 'organization', 'org:promsvyaz'],
  ['в августе 2024 года', 'date'],
  ['Министерство связи и \n\nинформатизации', 'organization', 'org:mincom-by'],
  ['Беларуси', 'location', 'loc:country:BY'],
  ['Министерство промышленности и \n\nинформатизации', 'organization', 'org:miit-cn'],
  ['Китая', 'location', 'loc:country:CN'],
];

/** Gold offsets: each gold string is searched after the previous one. */
function goldSpans(): (Entity & { canonicalWanted?: string })[] {
  let from = 0;
  return GOLD.map(([text, type, canonical]) => {
    const start = INPUT.indexOf(text, from);
    if (start < 0) throw new Error(`gold text not found: ${text}`);
    from = start + text.length;
    const e: Entity & { canonicalWanted?: string } = { type, start, end: start + text.length, text, confidence: 1 };
    if (canonical) e.canonicalWanted = canonical;
    return e;
  });
}

const CHECKED: EntityType[] = ['person', 'organization', 'location', 'facility', 'date', 'money'];

describe('fixture 000, first three paragraphs (hand-written gold)', () => {
  const result = annotateEntities(INPUT, { lang: 'ru' });
  const predicted = result.entities.filter((e) => CHECKED.includes(e.type));
  const gold = goldSpans();

  it('detects Russian', () => {
    expect(result.lang).toBe('ru');
  });

  it.each(gold.map((g) => [`${g.type} ${JSON.stringify(g.text)} @${g.start}`, g] as const))('finds %s', (_, g) => {
    const hit = predicted.find((p) => p.start === g.start && p.end === g.end);
    expect(hit, `missing ${g.text}`).toBeDefined();
    expect(hit!.type).toBe(g.type);
    expect(hit!.text).toBe(INPUT.slice(g.start, g.end));
    if (g.canonicalWanted) expect(hit!.canonical).toBe(g.canonicalWanted);
  });

  it('reports nothing else of these types', () => {
    const extra = predicted.filter((p) => !gold.some((g) => g.start === p.start && g.end === p.end)).map((p) => `${p.type}:${p.text}`);
    expect(extra).toEqual([]);
  });

  it('normalises the dates', () => {
    const dates = predicted.filter((p) => p.type === 'date').map((p) => p.normalized);
    expect(dates).toEqual(['2024-08', '2024/2025', '2024-08']);
  });
});

describe('the same entity in the English book gets the same canonical id', () => {
  const en = readFileSync('fixtures/001_65d5a4cb3953e82a.txt', 'utf8');
  // Real paragraphs of the English book, passed as they stand.
  const line = (needle: string): string => en.split('\n').find((l) => l.includes(needle))!;
  const cases: [string, string, string][] = [
    ['Great Stone', line('industrial park "Great Stone"<sup>4</sup>'), 'fac:great-stone'],
    ['Xi Jinping', line('In May 2015, President Xi Jinping'), 'per:xi-jinping'],
    ['Belarus', line('In May 2015, President Xi Jinping'), 'loc:country:BY'],
    ['Belarusian State University', line('associate professor of the International Journalism Department'), 'org:bsu'],
  ];
  it.each(cases)('%s', (name, text, id) => {
    expect(text).toBeDefined();
    const result = annotateEntities(text, { lang: 'auto' });
    expect(result.lang).toBe('en');
    const hit = result.entities.find((e) => e.text === name);
    expect(hit, `${name} not found`).toBeDefined();
    expect(hit!.canonical).toBe(id);
  });

  it('links Великий камень and Great Stone, Беларусь and Belarus', () => {
    const ru = annotateEntities(INPUT, { lang: 'ru' }).entities;
    const ids = new Set(ru.map((e) => e.canonical).filter(Boolean));
    expect(ids.has('fac:great-stone')).toBe(true);
    expect(ids.has('loc:country:BY')).toBe(true);
  });
});
