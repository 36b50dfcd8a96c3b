import base from './jest.config.js';

/**
 * The resilience suite (`npm run test:resilience`), kept out of `npm test`: faults under load,
 * a fuzzer and a soak against a whole stack on loopback. `RESILIENCE_PROFILE=long` runs the
 * 10-minute soak; the default short profile is what CI runs. One file at a time: each runs
 * its own stack and load, and the machine has two cores.
 */
const config = {
  ...base,
  testMatch: ['<rootDir>/test/resilience/**/*.resilience.ts'],
  testTimeout: 300_000,
  maxWorkers: 1,
};

export default config;
