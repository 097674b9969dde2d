/**
 * @module
 * redis as the official image runs it: the server, the command-line client and the entrypoint.
 */
export { redisServer, redisEntrypoint } from './server.js';
export { redisCli } from './cli.js';
