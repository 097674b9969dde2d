/**
 * @module
 * `USER` / `--user` / `exec -u` as runc resolves them (`user.GetExecUser` over the container's
 * /etc/passwd and /etc/group): empty is root, a name must be in passwd, a numeric uid need not be
 * (its gid then defaults to 0), `user:group` takes the group by name or number, and HOME comes
 * from the passwd entry (`/` when there is none).
 */
import type { ProcessFs, ProcessUser } from '../../programs/types.js';

/** A resolved user: ids, name and home directory. */
export interface ExecUser extends ProcessUser {
  readonly home: string;
}

interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

const decoder = new TextDecoder();

function readLines(fs: ProcessFs | undefined, path: string): string[][] {
  try {
    if (!fs?.exists(path)) return [];
    return decoder
      .decode(fs.readFile(path))
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split(':'));
  } catch {
    return [];
  }
}

function passwd(fs: ProcessFs | undefined): PasswdEntry[] {
  return readLines(fs, '/etc/passwd').map(([name = '', , uid = '', gid = '', , home = '/']) => ({ name, uid: Number(uid), gid: Number(gid), home }));
}

const NUMERIC = /^\d+$/;

/** Resolves `spec` in `fs`; a string is runc's error text (`unable to find user x: …`). */
export function resolveUser(fs: ProcessFs | undefined, spec: string): ExecUser | string {
  const [userPart = '', groupPart] = spec.split(':');
  const users = passwd(fs);
  let user: ExecUser;
  if (userPart === '') {
    const root = users.find((u) => u.uid === 0);
    user = { uid: 0, gid: 0, name: root?.name ?? 'root', home: root?.home ?? '/root' };
  } else if (NUMERIC.test(userPart)) {
    const uid = Number(userPart);
    const entry = users.find((u) => u.uid === uid);
    user = entry ? { uid, gid: entry.gid, name: entry.name, home: entry.home } : { uid, gid: 0, home: '/' };
  } else {
    const entry = users.find((u) => u.name === userPart);
    if (!entry) return `unable to find user ${userPart}: no matching entries in passwd file`;
    user = { uid: entry.uid, gid: entry.gid, name: entry.name, home: entry.home };
  }
  if (groupPart === undefined || groupPart === '') return user;
  if (NUMERIC.test(groupPart)) return { ...user, gid: Number(groupPart) };
  const group = readLines(fs, '/etc/group').find(([name]) => name === groupPart);
  if (!group) return `unable to find group ${groupPart}: no matching entries in group file`;
  return { ...user, gid: Number(group[2] ?? '0') };
}
