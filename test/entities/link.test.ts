import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/align-text.js';
import { annotateEntities } from '../../src/entities/annotate.js';
import { linkEntities, type EntityLink } from '../../src/entities/link.js';
import { NTREX_CASES } from '../align/fixtures/ntrex-cases.js';

// Real NTREX-128 ru/en windows (© Microsoft, CC BY-SA 4.0; see the fixture's header),
// aligned line by line, annotated by annotateEntities on each side.
function link(key: string): EntityLink[] {
  const c = NTREX_CASES[key]!;
  const src = c.ru.join('\n');
  const tgt = c.en.join('\n');
  const alignment = alignTexts(src, tgt, { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
  return linkEntities(alignment, annotateEntities(src, { lang: 'ru' }).entities, annotateEntities(tgt, { lang: 'en' }).entities);
}
const show = (l: EntityLink): string => `${l.type}:${l.source.text}=${l.target.text}`;

describe('linkEntities on NTREX windows', () => {
  it.each([
    ['1-1', 'person:Дональда Трампа=Donald Trump', 'name', 'name:person:trmp'],
    ['1-1', 'person:Трампа=Trump', 'name', 'name:person:trmp'],
    ['3-1', 'location:Китай=China', 'canonical', 'loc:country:CN'],
    ['2-2', 'location:Великобритании=UK', 'canonical', 'loc:country:GB'],
    ['1-3', 'location:США=U.S.', 'canonical', 'loc:country:US'],
  ])('%s: %s (%s, id %s)', (key, pair, via, id) => {
    const hit = link(key).find((l) => show(l) === pair);
    expect(hit, link(key).map(show).join(' | ')).toBeDefined();
    expect(hit!.via).toBe(via);
    expect(hit!.id).toBe(id);
  });

  it('links only inside a bead, one partner per entity, names only', () => {
    for (const key of Object.keys(NTREX_CASES)) {
      const links = link(key);
      const seen = new Set<string>();
      for (const l of links) {
        expect(['date', 'money', 'percent', 'quantity']).not.toContain(l.type);
        const k = `${l.bead}:${l.source.start}`;
        expect(seen.has(k), `${key}: ${show(l)} twice`).toBe(false);
        seen.add(k);
      }
    }
    // Different people in the same bead are not linked (Джеффа Дила is not Trump).
    expect(link('1-1').map(show).filter((s) => s.startsWith('person:Джеффа'))).toEqual([]);
  });

  it('an entity of a bead with no counterpart (1-0) is not linked', () => {
    const src = 'Президент Беларуси Александр Лукашенко прибыл в Пекин.\nСи Цзиньпин встретил его в аэропорту.';
    const tgt = 'Belarusian President Alexander Lukashenko arrived in Beijing.';
    const alignment = alignTexts(src, tgt, { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
    const links = linkEntities(
      { ...alignment, beads: [{ ...alignment.beads[0]!, source: [0], target: [0] }, { ...alignment.beads[0]!, source: [1], target: [] }] },
      annotateEntities(src, { lang: 'ru' }).entities,
      annotateEntities(tgt, { lang: 'en' }).entities,
    );
    expect(links.map((l) => `${l.bead}:${show(l)}`)).toEqual(expect.arrayContaining(['0:person:Александр Лукашенко=Alexander Lukashenko']));
    expect(links.filter((l) => l.bead === 1)).toEqual([]);
    expect(links.find((l) => l.target.text === 'Beijing')?.id).toMatch(/^loc:city:CN/);
  });

  it('links entities the caller supplies (a person the English rules miss), never across types', () => {
    const c = NTREX_CASES['1-1']!;
    const src = c.ru.join('\n');
    const tgt = c.en.join('\n');
    const alignment = alignTexts(src, tgt, { units: 'lines', sourceLang: 'ru', targetLang: 'en' });
    const at = tgt.indexOf('Elizabeth Warren');
    const person = { type: 'person' as const, start: at, end: at + 16, text: 'Elizabeth Warren', confidence: 1 };
    const ru = annotateEntities(src, { lang: 'ru' }).entities;
    expect(linkEntities(alignment, ru, [person]).map(show)).toEqual(['person:Элизабет Уоррен=Elizabeth Warren']);
    expect(linkEntities(alignment, ru, [{ ...person, type: 'location' }])).toEqual([]);
  });
});
