export { clean, toMarkdown, toPlainText } from './clean.js';
export { detectProfile } from './detect-profile.js';
export { profiles } from './profiles.js';
export { runRules, type RuleRun } from './run-rules.js';
export type {
  CleanOptions,
  CleanResult,
  CleaningRule,
  Footnote,
  FootnoteMarker,
  Profile,
  ProfileChoice,
  ProfileName,
  RuleContext,
} from './types.js';
