export { loadConfig, resolveConfig, configToOptions, CONFIG_FILE } from './load.js';
export { validateConfig, knownRuleIds, ConfigError } from './validate.js';
export type { SverkaConfig, ProfileConfig, ResolvedConfig } from './types.js';
