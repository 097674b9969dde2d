/**
 * @module
 * `dockersim/testing`: fixtures (seeded worlds) and fast-check arbitraries (needs `fast-check`).
 */
export { testWorld, type TestWorld } from './fixtures.js';
export * as arbitraries from './arbitraries.js';
