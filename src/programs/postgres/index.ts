/**
 * @module
 * PostgreSQL as the official image runs it: the server (with initdb and pg_ctl), the client
 * tools and the entrypoint.
 */
export { postgres } from './server.js';
export { postgresEntrypoint } from './entrypoint.js';
export { psql } from './psql.js';
