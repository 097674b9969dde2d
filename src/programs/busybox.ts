/**
 * @module
 * busybox, the multi-call program of alpine and busybox images: `/bin/busybox` plus symlinks
 * (`/bin/sh`, `/bin/ls`…); it runs the applet named by the basename of argv[0], or by its first
 * argument when called as `busybox` (`busybox ls -l`). `sh` and `ash` are its shell.
 */
import { deriveContext } from './process/derive.js';
import { baseName } from './process/paths.js';
import { shellProgram } from './shell/shell.js';
import type { Program } from './types.js';
import { BUSYBOX_APPLETS } from './utils/applets.js';

const ash = shellProgram('ash');

let appletTable: ReadonlyMap<string, Program> | undefined;

/** The applets, by name. */
export function busyboxApplets(): ReadonlyMap<string, Program> {
  return (appletTable ??= new Map<string, Program>([['sh', ash], ['ash', ash], ...Object.entries(BUSYBOX_APPLETS).map(([name, tool]) => [name, (ctx) => tool(ctx, 'busybox')] as [string, Program])]));
}

/** The busybox program. */
export const busybox: Program = async (ctx) => {
  const applets = busyboxApplets();
  let name = baseName(ctx.argv[0] ?? 'busybox');
  if (name === 'busybox') {
    const applet = ctx.argv[1];
    if (applet === undefined || applet === '--help') {
      ctx.stdout.write(`BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n   or: function [arguments]...\n\nCurrently defined functions:\n\t${[...applets.keys()].sort().join(', ')}\n`);
      return applet === undefined ? 1 : 0;
    }
    if (applet === '--list') {
      ctx.stdout.write([...applets.keys()].sort().map((a) => `${a}\n`).join(''));
      return 0;
    }
    name = applet;
    const program = applets.get(name);
    if (!program) {
      ctx.stderr.write(`${name}: applet not found\n`);
      return 127;
    }
    return program(deriveContext(ctx, { argv: ctx.argv.slice(1) }));
  }
  const program = applets.get(name);
  if (!program) {
    ctx.stderr.write(`${name}: applet not found\n`);
    return 127;
  }
  return program(ctx);
};
