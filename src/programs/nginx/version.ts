/**
 * @module
 * Which nginx this is: the version the binary names (`# nginx version: nginx/1.27.4` after its
 * program marker in the image) and the compiler line of the distribution it was built on, as
 * `nginx -V` and the start-up notices print them.
 */
import type { ProcessContext } from '../types.js';
import { readText } from '../utils/text-file.js';

/** The version nginx reports when its binary does not say. */
export const DEFAULT_NGINX_VERSION = '1.27.4';

/** `built by …` per distribution release (docker-library/nginx builds). */
const COMPILERS: { readonly [release: string]: string } = {
  'debian:12': 'built by gcc 12.2.0 (Debian 12.2.0-14)',
  'alpine:3.21': 'built by gcc 14.2.0 (Alpine 14.2.0)',
  'alpine:3.18': 'built by gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r10)',
};

function binaryPath(ctx: ProcessContext): string {
  const name = ctx.argv[0] ?? 'nginx';
  if (name.includes('/')) return name;
  for (const dir of (ctx.env['PATH'] ?? '/usr/sbin').split(':')) if (ctx.fs.exists(`${dir}/${name}`)) return `${dir}/${name}`;
  return '/usr/sbin/nginx';
}

/** The version and compiler line of the running nginx. */
export function buildInfo(ctx: ProcessContext): { readonly version: string; readonly builtBy: string } {
  const version = /nginx version: nginx\/(\S+)/.exec(readText(ctx.fs, binaryPath(ctx)))?.[1] ?? DEFAULT_NGINX_VERSION;
  const os = readText(ctx.fs, '/etc/os-release');
  const id = /^ID=(.*)$/m.exec(os)?.[1]?.replace(/"/g, '') ?? '';
  const release = /^VERSION_ID=(.*)$/m.exec(os)?.[1]?.replace(/"/g, '') ?? '';
  const key = `${id}:${id === 'alpine' ? release.split('.').slice(0, 2).join('.') : release}`;
  return { version, builtBy: COMPILERS[key] ?? 'built by gcc 12.2.0' };
}
