import type { CleaningRule } from '../types.js';

/**
 * A first name and patronymic without a surname (`Alexander Gennadievich noted`): the
 * Russian polite form of address, calqued by translation; English text names people
 * by surname. Patronymic endings after the romanisation of -ович/-евич/-овна/-евна/-ична.
 */
const ADDRESS = /\b([A-Z][a-z]{2,15}) ([A-Z][a-z]{2,15}(?:ovich|evich|ievich|yevich|ovna|evna|ievna|yevna|ichna))\b(?! [A-Z][a-z])/g;

/**
 * Report (never change) first-name-and-patronymic forms of address in English text
 * (class C17): the reader needs the surname, which only the source can give.
 */
export const webPatronymicAddress: CleaningRule = {
  id: 'web-patronymic-address',
  description: 'report first name + patronymic forms of address calqued from Russian',
  scope: 'all',
  apply(text, ctx) {
    if (ctx.lang !== 'en' && ctx.lang !== 'und') return [];
    for (const m of text.matchAll(ADDRESS)) {
      const at = ctx.draft.spanToOriginal(m.index, m.index + m[0].length);
      ctx.report({
        rule: 'web-patronymic-address',
        severity: 'info',
        message: `"${m[0]}" is a Russian form of address (first name + patronymic); English usage names the person by surname`,
        start: at.start,
        end: at.end,
      });
    }
    return [];
  },
};
