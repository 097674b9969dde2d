/**
 * @module
 * Building blocks of catalogue file trees: executables that name their program
 * (`#!dockersim <program>`, see programs/types.ts), symlink farms (busybox applets), directories
 * with their modes and owners, and the account files every distribution ships.
 */
import { PROGRAM_MARKER } from '../../programs/types.js';
import type { SpecEntry, TreeSpec } from '../../fs/tree.js';

/** An executable file that runs `program` when exec'd. */
export function exe(program: string, extra = ''): SpecEntry {
  return { file: `${PROGRAM_MARKER}${program}\n${extra}`, mode: 0o755 };
}

/** A script run through its interpreter (`#!/bin/sh`). */
export function script(text: string, mode = 0o755): SpecEntry {
  return { file: text, mode };
}

/** A directory with a mode and owner. */
export function dir(mode = 0o755, uid = 0, gid = uid): SpecEntry {
  return { dir: true, mode, uid, gid };
}

/** A symlink. */
export function link(target: string): SpecEntry {
  return { symlink: target };
}

/** `dir/name` → symlink to `target(name)` for every name. */
export function links(dir: string, names: readonly string[], target: string | ((name: string) => string)): TreeSpec {
  const out: { [path: string]: SpecEntry } = {};
  for (const name of names) out[`${dir}/${name}`] = link(typeof target === 'string' ? target : target(name));
  return out;
}

/** `dir/name` → an executable naming `program` for every name (each tool its own file, as GNU packages ship them). */
export function programFiles(dir: string, names: readonly string[], program: string): TreeSpec {
  const out: { [path: string]: SpecEntry } = {};
  for (const name of names) out[`${dir}/${name}`] = exe(program);
  return out;
}

/** Merges tree specs (later keys win). */
export function merge(...specs: readonly TreeSpec[]): TreeSpec {
  return Object.assign({}, ...specs) as TreeSpec;
}

/** The `/etc/os-release` of a distribution. */
export function osRelease(fields: { readonly [key: string]: string }): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${/^[A-Za-z0-9._-]+$/.test(v) ? v : JSON.stringify(v)}`)
    .join('\n') + '\n';
}

/** A directory skeleton: `/tmp` sticky, `/root` private, the usual mount points. */
export function skeleton(extra: { readonly [path: string]: SpecEntry } = {}): TreeSpec {
  return {
    dev: dir(),
    proc: dir(0o555),
    sys: dir(0o555),
    run: dir(),
    tmp: dir(0o1777),
    root: dir(0o700),
    home: dir(),
    mnt: dir(),
    opt: dir(),
    srv: dir(),
    media: dir(),
    'var/tmp': dir(0o1777),
    'var/log': dir(),
    'var/cache': dir(),
    'var/lib': dir(),
    ...extra,
  };
}
