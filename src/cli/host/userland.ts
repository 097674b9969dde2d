/**
 * @module
 * The simulated host's own programs: a merged-/usr Linux userland — bash, dash as `sh`, the GNU
 * tools — plus the `docker` and `docker-compose` clients, `curl` and `open` in
 * `/usr/local/bin`, each an executable naming its program (`#!dockersim <name>`), and the
 * files a login needs (`/etc/passwd`, `/root`, `/tmp`). Installed into the host's filesystem
 * with ordinary file operations, over whatever is already there.
 */
import type { SpecEntry, TreeSpec } from '../../fs/tree.js';
import type { ProcessFs } from '../../programs/types.js';
import { dir, exe, link, merge, programFiles } from '../../registry/catalogue/files.js';
import { GNU_TOOLS } from '../../programs/utils/applets.js';

/** The userland's files, by path relative to `/`. */
export function hostUserland(): TreeSpec {
  return merge(
    { root: dir(0o700), tmp: dir(0o1777), 'usr/local/bin': dir(), 'usr/sbin': dir(), etc: dir() },
    { bin: link('usr/bin'), sbin: link('usr/sbin') },
    programFiles('usr/bin', Object.keys(GNU_TOOLS).filter((name) => name !== '['), 'coreutils'),
    { 'usr/bin/[': exe('coreutils') },
    { 'usr/bin/bash': exe('bash'), 'usr/bin/dash': exe('dash'), 'usr/bin/sh': link('dash') },
    { 'usr/bin/curl': exe('curl') },
    programFiles('usr/local/bin', ['docker', 'docker-compose', 'open'], 'docker-host'),
    {
      'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
      'etc/group': 'root:x:0:\ndocker:x:999:\nnogroup:x:65534:\n',
      'etc/hostname': '',
    },
  );
}

function install(fs: ProcessFs, path: string, entry: SpecEntry): void {
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
  if (typeof entry === 'string' || entry instanceof Uint8Array) {
    fs.writeFile(path, entry);
    return;
  }
  if ('symlink' in entry) {
    if (fs.exists(path) || isLink(fs, path)) return;
    fs.symlink(entry.symlink, path);
  } else if ('dir' in entry) {
    if (!fs.exists(path)) fs.mkdir(path, { recursive: true, ...(entry.mode !== undefined ? { mode: entry.mode } : {}) });
  } else {
    fs.writeFile(path, entry.file, entry.mode !== undefined ? { mode: entry.mode } : {});
    if (entry.mode !== undefined) fs.chmod(path, entry.mode);
  }
}

function isLink(fs: ProcessFs, path: string): boolean {
  try {
    return fs.lstat(path).kind === 'symlink';
  } catch {
    return false;
  }
}

/** Writes the userland into `fs` (`hostname` into `/etc/hostname`). */
export function installUserland(fs: ProcessFs, hostname: string): void {
  const spec = { ...hostUserland(), 'etc/hostname': `${hostname}\n` };
  // Directories and links first, so files land under the merged /usr.
  const order = (e: SpecEntry) => (typeof e === 'object' && !(e instanceof Uint8Array) && ('dir' in e || 'symlink' in e) ? 0 : 1);
  for (const [path, entry] of Object.entries(spec).sort(([, a], [, b]) => order(a) - order(b))) install(fs, `/${path}`, entry);
}
