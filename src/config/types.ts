import type { ProfileName } from '../clean/types.js';

/** Settings for one cleaning profile in the configuration file. */
export interface ProfileConfig {
  /** Rule switches for this profile only (`false` switches a rule off). */
  rules?: Record<string, boolean>;
}

/**
 * The contents of `sverka.config.json` (every key optional). Paths are relative to
 * the configuration file. See docs/pipeline.md for an example.
 */
export interface SverkaConfig {
  /** JSON schema reference (ignored). */
  $schema?: string;
  /** Cleaning profile to force (`auto`, the default, detects it per document). */
  profile?: ProfileName | 'auto';
  /** Document language to force (detected per document by default). */
  lang?: 'ru' | 'en' | 'be' | 'uk';
  /** Typographic normalisation (dashes, quotes). */
  typography?: boolean;
  /** Replace glossary variants with preferred terms. */
  normalizeTerms?: boolean;
  /** Rule switches for every profile (`false` switches a rule off). */
  rules?: Record<string, boolean>;
  /** Per-profile settings (`ocr`, `mt`, `web`, `plain`). */
  profiles?: Partial<Record<ProfileName, ProfileConfig>>;
  /** A glossary: a path to a JSON file, or the glossary itself. */
  glossary?: string | Record<string, unknown> | unknown[];
  /** Gazetteers for the entities stage: paths to JSON files. */
  gazetteers?: string[];
  /** Stages to run (`cite`, `entities`; both on by default). */
  stages?: {
    /** Run the citations stage (default true). */
    cite?: boolean;
    /** Run the entities stage (default true). */
    entities?: boolean;
  };
  /** Worker threads for `sverka process` (default: all cores). */
  workers?: number;
}

/** A configuration with its files read: what the pipeline gets. */
export interface ResolvedConfig {
  /** Where the configuration came from (`null` when none was found). */
  path: string | null;
  /** The validated configuration as written. */
  config: SverkaConfig;
  /** The glossary, read from its file when a path was given. */
  glossary?: unknown;
  /** The gazetteers, read from their files. */
  gazetteers: unknown[];
}
