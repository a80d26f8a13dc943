import type { Edit } from '../../model/change.js';
import type { CleaningRule, RuleContext } from '../types.js';
import { protectedSpans } from '../markdown/inline.js';
import { insideAny } from '../../text/sorted.js';
import { checkGlossary, defaultGlossary, mergeTerms } from '../glossary/load.js';
import { compileTerms, type TermMatcher } from '../glossary/matcher.js';

let defaultMatcher: TermMatcher | null = null;
const userMatchers = new WeakMap<object, TermMatcher>();

function matcherFor(ctx: RuleContext): TermMatcher {
  const user = ctx.options.glossary;
  if (user === undefined || user === null) {
    defaultMatcher ??= compileTerms(defaultGlossary().terms);
    return defaultMatcher;
  }
  if (typeof user === 'object' && userMatchers.has(user)) return userMatchers.get(user)!;
  const check = checkGlossary(user);
  for (const p of check.problems) ctx.report({ rule: 'glossary-terms', severity: 'warning', message: `user glossary: ${p}` });
  const m = compileTerms(mergeTerms(defaultGlossary().terms, check.terms));
  if (typeof user === 'object') userMatchers.set(user, m);
  return m;
}

/**
 * Find glossary variants (`Great stone`, `Velikiy Kamen`, `One Belt and One Way`,
 * `Emelianova`) and report each variant with its count and the preferred form;
 * with `options.normalizeTerms` replace them with the preferred form (recorded
 * changes). The shipped Belarus–China glossary is merged with `options.glossary`.
 * Text inside URLs, code and e-mail addresses is never touched.
 */
export const glossaryTerms: CleaningRule = {
  id: 'glossary-terms',
  description: 'report (and with normalizeTerms replace) glossary variants',
  scope: 'all',
  apply(text, ctx) {
    const hits = matcherFor(ctx).find(text);
    if (hits.length === 0) return [];
    const protect = protectedSpans(text);
    const edits: Edit[] = [];
    const counts = new Map<string, { n: number; preferred: string; start: number; end: number }>();
    for (const h of hits) {
      if (insideAny(protect, h.start, h.end)) continue;
      const c = counts.get(h.variant);
      if (c) c.n++;
      else {
        const at = ctx.draft.spanToOriginal(h.start, h.end);
        counts.set(h.variant, { n: 1, preferred: h.preferred, ...at });
      }
      if (ctx.options.normalizeTerms) edits.push({ start: h.start, end: h.end, after: h.preferred, reason: `glossary: "${h.variant}" → "${h.preferred}" (${h.term.id})` });
    }
    const where = ctx.draft.scope === 'body' ? '' : ` in ${ctx.draft.scope}`;
    for (const [variant, c] of counts) {
      ctx.report({
        rule: 'glossary-terms',
        severity: 'info',
        message: `term variant "${variant}" ×${c.n}${where}; preferred "${c.preferred}"${ctx.options.normalizeTerms ? ' (replaced)' : ' (use --normalize-terms to replace)'}`,
        start: c.start,
        end: c.end,
      });
    }
    return edits;
  },
};
