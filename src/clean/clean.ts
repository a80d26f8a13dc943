import { detectLanguage } from '../langid/detect.js';
import type { LanguageCode } from '../langid/types.js';
import { detectProfile } from './detect-profile.js';
import { profiles } from './profiles.js';
import { runRules } from './run-rules.js';
import type { CleanOptions, CleanResult, ProfileChoice } from './types.js';
import { InputError } from '../errors.js';
import { stripMarkdown } from './markdown/parse.js';
import { joinLines } from '../text/whitespace.js';
import { EMPTY_INPUT_MESSAGE, EMPTY_INPUT_RULE, isEmptyInput } from '../io/empty-input.js';

const PROFILE_NAMES = ['auto', 'ocr', 'mt', 'web', 'plain'];

/**
 * Clean one document. The original is kept untouched; every change is recorded with
 * its rule id, original span, before and after; `result.draft` maps offsets of the
 * cleaned text back to the original.
 *
 * @param original the document text (decoded; see {@link decodeInput} for bytes).
 * @param options profile, language, rules to disable.
 * @throws {InputError} for malformed options.
 */
export function clean(original: string, options: CleanOptions = {}): CleanResult {
  if (typeof original !== 'string') throw new InputError('clean() expects a string; decode bytes with decodeInput() first');
  const requested = options.profile ?? 'auto';
  if (!PROFILE_NAMES.includes(requested)) {
    throw new InputError(`unknown profile "${String(requested)}"; use one of ${PROFILE_NAMES.join(', ')}`);
  }
  const lang: LanguageCode = options.lang ?? detectLanguage(original.slice(0, 100_000)).lang;
  const choice: ProfileChoice = requested === 'auto' ? detectProfile(original) : { name: requested, reason: 'given by the caller' };
  const profile = profiles[choice.name];
  const run = runRules(original, profile.rules, { lang, profile: choice.name, options });
  if (isEmptyInput(original)) run.diagnostics.unshift({ rule: EMPTY_INPUT_RULE, severity: 'warning', message: EMPTY_INPUT_MESSAGE });
  return {
    original,
    text: run.body.text,
    lang,
    profile: choice,
    footnotes: run.footnotes,
    markers: run.markers,
    changes: run.changes,
    meta: run.meta,
    diagnostics: run.diagnostics,
    draft: run.body,
  };
}

/** The cleaned body followed by the notes as Markdown footnote definitions. */
export function toMarkdown(result: Pick<CleanResult, 'text' | 'footnotes'>): string {
  let out = result.text.trimEnd();
  if (result.footnotes.length > 0) {
    out += '\n\n' + result.footnotes.map((f) => `[^${f.id}]: ${joinLines(f.text).trim()}`).join('\n');
  }
  return out + '\n';
}

/** The cleaned body as plain text: `[^N]` markers removed; for the mt and web profiles the Markdown markup too. */
export function toPlainText(result: Pick<CleanResult, 'text'> & { profile?: ProfileChoice }): string {
  // Markdown input (mt, web profiles): drop the markup too, editing by node offsets.
  const text = result.profile?.name === 'mt' || result.profile?.name === 'web' ? stripMarkdown(result.text) : result.text;
  return text.replace(/\[\^[^\]\s]{1,10}\]/g, '').trimEnd() + '\n';
}
