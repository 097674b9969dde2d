/**
 * File trees shaped like the official images' userlands, for the programs layer's tests: alpine
 * (busybox and its symlinks) and debian (bash, dash as /bin/sh, GNU tools as separate files).
 */
import { BUSYBOX_APPLETS, GNU_TOOLS } from '../../src/programs/utils/applets.js';
import type { Files } from './process-world.js';

type FileSpec = NonNullable<Files>[string];

const exe = (program: string) => ({ data: `#!dockersim ${program}\n`, mode: 0o755 });

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n';
const GROUP = 'root:x:0:root\nnogroup:x:65534:\n';

/** alpine: /bin/busybox, /bin/sh and every applet a symlink to it. */
export function alpineFiles(extra: Files = {}): Files {
  const files: { [path: string]: FileSpec } = { '/bin/busybox': exe('busybox'), '/bin/sh': { symlink: '/bin/busybox' }, '/bin/ash': { symlink: '/bin/busybox' } };
  for (const name of Object.keys(BUSYBOX_APPLETS)) files[`/bin/${name}`] ??= { symlink: '/bin/busybox' };
  return { ...files, '/etc/passwd': PASSWD.replace('/bin/sh', '/bin/sh'), '/etc/group': GROUP, '/root/.keep': '', '/tmp/.keep': '', ...extra };
}

/** debian/ubuntu: bash, dash as /bin/sh, each GNU tool its own file in /usr/bin. */
export function debianFiles(extra: Files = {}): Files {
  const files: { [path: string]: FileSpec } = { '/usr/bin/bash': exe('bash'), '/bin/bash': { symlink: '/usr/bin/bash' }, '/usr/bin/dash': exe('dash'), '/bin/sh': { symlink: '/usr/bin/dash' } };
  for (const name of Object.keys(GNU_TOOLS)) files[`/usr/bin/${name}`] ??= exe('coreutils');
  return { ...files, '/etc/passwd': PASSWD.replace('/bin/sh', '/bin/bash'), '/etc/group': GROUP, '/root/.keep': '', '/tmp/.keep': '', ...extra };
}
