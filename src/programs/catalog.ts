/**
 * @module
 * The built-in programs, under the names images use in their files (`#!dockersim busybox`,
 * `#!dockersim bash`, …; see {@link PROGRAM_MARKER}), and the registry a world starts with.
 */
import { busybox } from './busybox.js';
import { coreutils } from './coreutils.js';
import { dockerInit } from './docker-init/tini.js';
import { hello } from './hello.js';
import { mysqlClient } from './mysql/client.js';
import { mysqlEntrypoint } from './mysql/entrypoint.js';
import { mysqld } from './mysql/mysqld.js';
import { nodeEntrypoint } from './node/entrypoint.js';
import { nodemon } from './nodemon/nodemon.js';
import { npm, npx } from './npm/npm.js';
import { yarn } from './npm/yarn.js';
import { node } from './node/node.js';
import { postgres, postgresEntrypoint, psql } from './postgres/index.js';
import { python3 } from './python3/python.js';
import { apk } from './packages/apk.js';
import { aptGet } from './packages/apt.js';
import { nginx, nginxEntrypoint } from './nginx/index.js';
import { ProgramRegistry } from './registry.js';
import { redisCli, redisEntrypoint, redisServer } from './redis/index.js';
import { registry, registryEntrypoint } from './registry-server/registry.js';
import { shellProgram } from './shell/shell.js';
import type { Program } from './types.js';
import { curl } from './utils/curl.js';
import { dig, nslookup } from './utils/dns.js';
import { ping } from './utils/ping.js';
import type { Tool } from './utils/tool.js';

const gnu = (tool: Tool): Program => (ctx) => tool(ctx, 'gnu');

/** Every built-in program by name. */
export function builtinPrograms(): { readonly [name: string]: Program } {
  return {
    busybox,
    bash: shellProgram('bash'),
    dash: shellProgram('dash'),
    coreutils,
    hello,
    curl: gnu(curl),
    dig: gnu(dig),
    nslookup: gnu(nslookup),
    ping: gnu(ping),
    node,
    'docker-entrypoint-node': nodeEntrypoint,
    npm,
    npx,
    yarn,
    nodemon,
    mysqld,
    mysql: mysqlClient,
    'docker-entrypoint-mysql': mysqlEntrypoint,
    nginx,
    'docker-entrypoint-nginx': nginxEntrypoint,
    registry,
    'docker-entrypoint-registry': registryEntrypoint,
    'redis-server': redisServer,
    'redis-cli': redisCli,
    'docker-entrypoint-redis': redisEntrypoint,
    'docker-init': dockerInit,
    apk,
    'apt-get': aptGet,
    apt: aptGet,
    python3,
    postgres,
    psql,
    'docker-entrypoint-postgres': postgresEntrypoint,
  };
}

/** A registry holding the built-in programs; `define` adds a user's own. */
export function createProgramRegistry(): ProgramRegistry {
  return new ProgramRegistry(builtinPrograms());
}
