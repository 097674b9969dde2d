/**
 * @module
 * `apt-get` and `apt` on Debian and Ubuntu images: `update` fetches the archive's indexes (the
 * `Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]` lines) into
 * /var/lib/apt/lists; `install` (`-y`, `--no-install-recommends`) resolves dependencies, asks
 * before installing extra packages unless `-y`, downloads, unpacks and sets them up with dpkg's
 * lines, writes their executables and records them in /var/lib/dpkg/status; `remove`. As in the
 * real images the lists start empty, so an install before `update` is `E: Unable to locate
 * package …` (exit 100). Every step takes virtual time.
 */
import type { ProcessContext, Program } from '../types.js';
import { DEBIAN_PACKAGES, resolveDependencies } from './index-data.js';
import { readText } from '../utils/text-file.js';
import { installFiles, removeFiles } from './install.js';

const LISTS = '/var/lib/apt/lists';
const STATUS = '/var/lib/dpkg/status';

/** apt's SizeToStr: three significant digits with SI units (`55.4 kB`, `8792 kB`, `19.3 MB`). */
export function sizeToStr(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}`;
    if (size < 10000) return `${size.toFixed(0)} ${units[i]}`;
    size /= 1000;
  }
  return `${size.toFixed(0)} T`;
}

interface Archive {
  readonly releases: readonly (readonly [url: string, suite: string, bytes: number])[];
  readonly packages: readonly (readonly [url: string, suite: string, bytes: number])[];
  readonly pool: string;
}

function archiveOf(ctx: ProcessContext): Archive {
  const os = readText(ctx.fs, '/etc/os-release');
  const codename = /^VERSION_CODENAME=(.*)$/m.exec(os)?.[1] ?? 'bookworm';
  if (/^ID=ubuntu$/m.test(os)) {
    const a = 'http://archive.ubuntu.com/ubuntu';
    const s = 'http://security.ubuntu.com/ubuntu';
    return {
      releases: [[a, codename, 256_000], [s, `${codename}-security`, 126_000], [a, `${codename}-updates`, 126_000], [a, `${codename}-backports`, 126_000]],
      packages: [[a, `${codename}/main`, 1_808_000], [a, `${codename}/universe`, 19_300_000], [s, `${codename}-security/main`, 1_020_000], [a, `${codename}-updates/main`, 1_340_000]],
      pool: `${a} ${codename}/main`,
    };
  }
  const d = 'http://deb.debian.org/debian';
  const s = 'http://deb.debian.org/debian-security';
  return {
    releases: [[d, codename, 151_000], [d, `${codename}-updates`, 55_400], [s, `${codename}-security`, 48_000]],
    packages: [[d, `${codename}/main`, 8_792_000], [d, `${codename}-updates/main`, 13_500], [s, `${codename}-security/main`, 246_000]],
    pool: `${d} ${codename}/main`,
  };
}

function installed(ctx: ProcessContext): string[] {
  return [...readText(ctx.fs, STATUS).matchAll(/^Package: (.+)$/gm)].map((m) => m[1]!);
}

function hasLists(ctx: ProcessContext): boolean {
  try {
    return ctx.fs.readdir(LISTS).some((n) => n.endsWith('_Packages'));
  } catch {
    return false;
  }
}

function reading(ctx: ProcessContext, what: string): string {
  return `${what}...${ctx.stdout.isTTY ? ' Done' : ''}\n`;
}

/** A package list as apt prints it: two-space indent, wrapped before 80 columns. */
function wrap(names: readonly string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of names) {
    if (line.length + 1 + n.length > 79 && line.trim()) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${n}`;
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

async function update(ctx: ProcessContext): Promise<number> {
  const archive = archiveOf(ctx);
  const all = [...archive.releases.map(([u, s, b]) => [`${u} ${s} InRelease`, b] as const), ...archive.packages.map(([u, s, b]) => [`${u} ${s} amd64 Packages`, b] as const)];
  let total = 0;
  ctx.fs.mkdir(LISTS, { recursive: true });
  for (const [i, [what, bytes]] of all.entries()) {
    await ctx.clock.sleep(120);
    ctx.stdout.write(`Get:${i + 1} ${what} [${sizeToStr(bytes)}B]\n`);
    total += bytes;
    ctx.fs.writeFile(`${LISTS}/${what.replace(/^http:\/\//, '').replace(/ amd64 Packages$/, '_binary-amd64_Packages').replace(/ InRelease$/, '_InRelease').replace(/[ /]/g, '_')}`, `# ${what}\n`);
  }
  ctx.stdout.write(`Fetched ${sizeToStr(total)}B in 1s (${sizeToStr(total)}B/s)\n`);
  ctx.stdout.write(reading(ctx, 'Reading package lists'));
  return 0;
}

function debName(name: string, version: string): string {
  return `${name}_${version.replace(/:/g, '%3a')}_amd64.deb`;
}

async function install(ctx: ProcessContext, names: readonly string[], yes: boolean): Promise<number> {
  ctx.stdout.write(reading(ctx, 'Reading package lists') + reading(ctx, 'Building dependency tree') + reading(ctx, 'Reading state information'));
  const known = hasLists(ctx);
  const missing = names.filter((n) => !known || !DEBIAN_PACKAGES[n]);
  if (missing.length > 0) {
    ctx.stderr.write(missing.map((m) => `E: Unable to locate package ${m}\n`).join(''));
    return 100;
  }
  const have = new Set(installed(ctx));
  const { order } = resolveDependencies(DEBIAN_PACKAGES, names);
  const todo = order.filter((n) => !have.has(n));
  for (const n of names.filter((x) => have.has(x))) ctx.stdout.write(`${n} is already the newest version (${DEBIAN_PACKAGES[n]!.version}).\n`);
  const extra = todo.filter((n) => !names.includes(n)).sort();
  if (extra.length > 0) ctx.stdout.write(`The following additional packages will be installed:\n${wrap(extra)}`);
  if (todo.length > 0) ctx.stdout.write(`The following NEW packages will be installed:\n${wrap([...todo].sort())}`);
  ctx.stdout.write(`0 upgraded, ${todo.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  if (todo.length === 0) return 0;
  const download = todo.reduce((n, p) => n + Math.round(DEBIAN_PACKAGES[p]!.size * 1024 * 0.35), 0);
  const disk = todo.reduce((n, p) => n + DEBIAN_PACKAGES[p]!.size * 1024, 0);
  ctx.stdout.write(`Need to get ${sizeToStr(download)}B of archives.\nAfter this operation, ${sizeToStr(disk)}B of additional disk space will be used.\n`);
  if (!yes && extra.length > 0) {
    ctx.stdout.write('Do you want to continue? [Y/n] ');
    const answer = ctx.stdin.isTTY ? await ctx.stdin.readLine() : null;
    if (answer === null || !/^(y|yes|)$/i.test(answer.trim())) {
      ctx.stdout.write('Abort.\n');
      return 1;
    }
  }
  const archive = archiveOf(ctx);
  for (const [i, name] of todo.entries()) {
    const info = DEBIAN_PACKAGES[name]!;
    await ctx.clock.sleep(40 + Math.ceil(info.size / 200));
    ctx.stdout.write(`Get:${i + 1} ${archive.pool} amd64 ${name} amd64 ${info.version} [${sizeToStr(Math.round(info.size * 1024 * 0.35))}B]\n`);
  }
  ctx.stdout.write(`Fetched ${sizeToStr(download)}B in 1s (${sizeToStr(download)}B/s)\n`);
  ctx.stderr.write('debconf: delaying package configuration, since apt-utils is not installed\n');
  let status = readText(ctx.fs, STATUS);
  for (const [i, name] of todo.entries()) {
    const info = DEBIAN_PACKAGES[name]!;
    ctx.stdout.write(`Selecting previously unselected package ${name}.\n`);
    if (i === 0) ctx.stdout.write(`(Reading database ... ${6098 + have.size * 10} files and directories currently installed.)\n`);
    ctx.stdout.write(`Preparing to unpack .../${todo.length > 1 ? `${String(i).padStart(2, '0')}-` : ''}${debName(name, info.version)} ...\nUnpacking ${name} (${info.version}) ...\n`);
    await ctx.clock.sleep(30);
    installFiles(ctx.fs, name, info);
    status += `\nPackage: ${name}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: ${info.version}\nDescription: ${info.description}\n`;
  }
  for (const name of todo) ctx.stdout.write(`Setting up ${name} (${DEBIAN_PACKAGES[name]!.version}) ...\n`);
  ctx.stdout.write('Processing triggers for libc-bin (2.36-9+deb12u9) ...\n');
  ctx.fs.writeFile(STATUS, status);
  return 0;
}

async function remove(ctx: ProcessContext, names: readonly string[]): Promise<number> {
  ctx.stdout.write(reading(ctx, 'Reading package lists') + reading(ctx, 'Building dependency tree') + reading(ctx, 'Reading state information'));
  const have = installed(ctx);
  const gone = names.filter((n) => have.includes(n) && DEBIAN_PACKAGES[n]);
  for (const n of names.filter((x) => !have.includes(x))) ctx.stdout.write(`Package '${n}' is not installed, so not removed\n`);
  if (gone.length > 0) ctx.stdout.write(`The following packages will be REMOVED:\n${wrap(gone)}`);
  ctx.stdout.write(`0 upgraded, 0 newly installed, ${gone.length} to remove and 0 not upgraded.\n`);
  let status = readText(ctx.fs, STATUS);
  for (const n of gone) {
    const info = DEBIAN_PACKAGES[n]!;
    ctx.stdout.write(`Removing ${n} (${info.version}) ...\n`);
    await ctx.clock.sleep(30);
    removeFiles(ctx.fs, info);
    status = status.replace(new RegExp(`\\nPackage: ${n.replace(/[.+]/g, '\\$&')}\\n[\\s\\S]*?(?=\\nPackage: |$)`), '');
  }
  ctx.fs.writeFile(STATUS, status);
  return 0;
}

/** `apt-get` (and `apt`, which warns on stderr when its output is not a terminal). */
export const aptGet: Program = async (ctx) => {
  const tool = (ctx.argv[0] ?? 'apt-get').split('/').pop()!;
  const args = ctx.argv.slice(1);
  const yes = args.some((a) => a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-qy' || a === '-yq');
  const [command, ...names] = args.filter((a) => !a.startsWith('-'));
  if (tool === 'apt' && !ctx.stdout.isTTY) ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  if (command === 'update' && ctx.user.uid !== 0) {
    ctx.stdout.write(reading(ctx, 'Reading package lists'));
    ctx.stderr.write('E: List directory /var/lib/apt/lists/partial is missing. - Acquire (13: Permission denied)\n');
    return 100;
  }
  if (command !== undefined && ctx.user.uid !== 0) {
    ctx.stderr.write('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
    return 100;
  }
  switch (command) {
    case 'update':
      return update(ctx);
    case 'install':
      return install(ctx, names, yes);
    case 'remove':
    case 'purge':
      return remove(ctx, names);
    case 'clean':
    case 'autoremove':
      return 0;
    case undefined:
      ctx.stdout.write(`apt 2.6.1 (amd64)\nUsage: ${tool} [options] command\n`);
      return 1;
    default:
      ctx.stderr.write(`E: Invalid operation ${command}\n`);
      return 100;
  }
};
