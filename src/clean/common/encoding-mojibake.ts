import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findMojibake } from '../encoding/mojibake.js';

/**
 * Repair mojibake: UTF-8 text decoded as windows-1251, KOI8-R, windows-1252 or
 * Latin-1, once or several times over (`Р‘РµР»Р°СЂСѓСЃСЊ` → `Беларусь`). Correct text
 * is left alone (see `findMojibake`). Reports one diagnostic per run with the count
 * and the code pages undone.
 */
export const encodingMojibake: CleaningRule = {
  id: 'encoding-mojibake',
  description: 'repair UTF-8 text that was decoded with the wrong code page',
  scope: 'all',
  apply(text, ctx) {
    const fixes = findMojibake(text);
    if (fixes.length === 0) return [];
    const layers = new Map<string, number>();
    const edits: Edit[] = fixes.map((f) => {
      const how = f.codecs.map((c) => `UTF-8 read as ${c}`).join(', then ');
      layers.set(how, (layers.get(how) ?? 0) + 1);
      return { start: f.start, end: f.end, after: f.after, reason: how };
    });
    const first = ctx.draft.spanToOriginal(fixes[0]!.start, fixes[0]!.end);
    ctx.report({
      rule: 'encoding-mojibake',
      severity: 'warning',
      message: `repaired ${fixes.length} mojibake word(s): ${[...layers].map(([k, v]) => `${v}× ${k}`).join('; ')}; check the source's encoding`,
      start: first.start,
      end: first.end,
    });
    return edits;
  },
};
