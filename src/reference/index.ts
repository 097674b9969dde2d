/**
 * @module
 * `reference/`: Docker's image reference grammar and normalization (distribution/reference):
 * parse what users type, qualify it (`docker.io/library/…`), and print it back in the familiar
 * form Docker shows.
 */
export * from './parse.js';
export * from './format.js';
export { TAG_RE, DIGEST_RE, NAME_RE, REFERENCE_RE, IDENTIFIER_RE, DOMAIN_RE, NAME_TOTAL_LENGTH_MAX } from './grammar.js';
