/**
 * @module
 * The utilities by name, as busybox applets and as GNU coreutils (and friends) programs.
 */
import { cat } from './cat.js';
import { cp, mv } from './copy.js';
import { date } from './date.js';
import { env, printenv } from './env.js';
import { ln, mkdir, rm, rmdir, touch } from './file-ops.js';
import { cut, tee, tr } from './filters.js';
import { egrep, fgrep, grep } from './grep.js';
import { head, tail } from './head-tail.js';
import { ls } from './ls.js';
import { basename, dirname } from './names.js';
import { chmod, chown } from './permissions.js';
import { kill, ps } from './processes.js';
import { find, which, xargs } from './search.js';
import { sed } from './sed.js';
import { seq, shuf } from './sequences.js';
import { sleep } from './sleep.js';
import { sort, uniq } from './sort-uniq.js';
import { stat } from './stat.js';
import { hostname, id, nproc, pwd, uname, whoami } from './system-info.js';
import { clear, echo, falseTool, printfTool, test, trueTool, yes } from './text-tools.js';
import type { Tool } from './tool.js';
import { wc } from './wc.js';
import { wget } from './wget.js';
import { nslookup } from './dns.js';
import { ping } from './ping.js';

/** Utilities both userlands have. */
const COMMON: { readonly [name: string]: Tool } = {
  basename,
  cat,
  chmod,
  chown,
  clear,
  cp,
  cut,
  date,
  dirname,
  echo,
  egrep,
  env,
  false: falseTool,
  fgrep,
  find,
  grep,
  head,
  hostname,
  id,
  kill,
  ln,
  ls,
  mkdir,
  more: cat,
  mv,
  nproc,
  printenv,
  printf: printfTool,
  ps,
  pwd,
  rm,
  rmdir,
  sed,
  seq,
  shuf,
  sleep,
  sort,
  stat,
  tail,
  tee,
  test,
  '[': test,
  touch,
  tr,
  true: trueTool,
  uname,
  uniq,
  wc,
  which,
  whoami,
  xargs,
  yes,
};

/** busybox's applets (besides its shell). */
export const BUSYBOX_APPLETS: { readonly [name: string]: Tool } = { ...COMMON, '[[': test, less: cat, wget, nslookup, ping };

/** The GNU userland of Debian and Ubuntu images. */
export const GNU_TOOLS: { readonly [name: string]: Tool } = { ...COMMON };
