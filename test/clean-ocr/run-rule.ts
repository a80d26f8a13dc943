/** Test helpers: run one cleaning rule (or a few) on a text and see the result and its changes. */
import { Draft } from '../../src/model/draft.js';
import { runRules } from '../../src/clean/run-rules.js';
import type { Change } from '../../src/model/change.js';
import type { CleaningRule, CleanOptions, RuleContext } from '../../src/clean/types.js';
import type { LanguageCode } from '../../src/langid/types.js';

export interface RuleResult {
  text: string;
  changes: readonly Change[];
}

/** Apply one rule to `text` as its own stream (body or a note's text). */
export function applyRule(rule: CleaningRule, text: string, options: CleanOptions & { lang?: LanguageCode } = {}): RuleResult {
  const draft = new Draft(text);
  const ctx: RuleContext = {
    lang: options.lang ?? 'ru',
    profile: 'ocr',
    draft,
    footnotes: [],
    markers: [],
    meta: {},
    options,
    addNote() {},
    addMarker() {},
    report() {},
  };
  draft.apply(rule.id, rule.apply(draft.text, ctx), rule.description);
  for (const c of draft.changes) {
    if (text.slice(c.start, c.end) !== c.before) throw new Error(`change ${JSON.stringify(c)} does not match the original`);
  }
  return { text: draft.text, changes: draft.changes };
}

/** Run several rules in order through the real runner (notes and markers included). */
export function runSome(rules: readonly CleaningRule[], text: string, options: CleanOptions = {}) {
  const run = runRules(text, rules, { lang: options.lang ?? 'ru', profile: 'ocr', options });
  for (const c of run.changes) {
    if (text.slice(c.start, c.end) !== c.before) throw new Error(`change ${JSON.stringify(c)} does not match the original`);
  }
  return run;
}

/** `[before, after]` of each change, for compact expectations. */
export function pairs(changes: readonly Change[]): [string, string][] {
  return changes.map((c) => [c.before, c.after]);
}
