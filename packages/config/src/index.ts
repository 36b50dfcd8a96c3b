export { parseConfig, loadConfig, ConfigError } from './load.js';
export { commonEnv, portEnv, booleanFromEnv, csvList, type CommonEnv } from './common.js';
export { repoRoot, dataDir } from './paths.js';
