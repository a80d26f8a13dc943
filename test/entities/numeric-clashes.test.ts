import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropNumericClashes } from '../../src/entities/annotate.js';
import type { Entity, EntityType } from '../../src/entities/types.js';

// The former form: a Set of `type:start:end` keys and a scan of all money/percent per span.
function reference(entities: Entity[]): Entity[] {
  const strong = entities.filter((e) => e.type === 'money' || e.type === 'percent');
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = `${e.type}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (e.type === 'quantity' || (e.type === 'date' && /^\d/.test(e.text) && e.subtype === 'duration')) {
      if (strong.some((s) => s !== e && s.start < e.end && e.start < s.end)) return false;
    }
    return true;
  });
}

const TYPES: EntityType[] = ['money', 'percent', 'quantity', 'date', 'person', 'location'];
const entity = fc
  .record({
    type: fc.constantFrom(...TYPES),
    start: fc.integer({ min: 0, max: 30 }),
    len: fc.integer({ min: 1, max: 8 }),
    digit: fc.boolean(),
    duration: fc.boolean(),
  })
  .map(({ type, start, len, digit, duration }): Entity => {
    const e: Entity = { type, start, end: start + len, text: digit ? '5 лет' : 'пять лет', confidence: 0.9 };
    if (duration) e.subtype = 'duration';
    return e;
  });

describe('dropNumericClashes', () => {
  it('keeps the same entities, in the same order, as the former form', () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 40 }), (list) => {
        expect(dropNumericClashes(list)).toEqual(reference(list));
        // the very same objects
        const got = dropNumericClashes(list);
        reference(list).forEach((e, i) => expect(got[i]).toBe(e));
      }),
      { numRuns: 3000 },
    );
  });
});
