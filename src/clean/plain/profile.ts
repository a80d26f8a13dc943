import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';
import { encodingRules } from '../encoding/rules.js';
import { glossaryTerms } from '../common/glossary-terms.js';

/**
 * The plain profile: only safe, universal repairs — encoding (mojibake, invisible
 * characters, NFC, ligatures, Unicode spaces), trailing whitespace, and glossary
 * variants (reported; replaced only with `normalizeTerms`).
 */
export const plainProfile: Profile = {
  name: 'plain',
  rules: [...encodingRules, trailingSpace, glossaryTerms],
};
