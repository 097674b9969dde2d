/**
 * @module
 * `basename` (with a suffix to strip, `-a`, `-s`) and `dirname`.
 */
import { baseName, dirName } from '../process/paths.js';
import { usage } from './common.js';
import type { Tool } from './tool.js';

/** `basename PATH [SUFFIX]`. */
export const basename: Tool = async (ctx, flavour) => {
  let args = ctx.argv.slice(1);
  let suffix: string | undefined;
  let multiple = false;
  while (args[0]?.startsWith('-') && args[0].length > 1) {
    const a = args.shift()!;
    if (a === '--') break;
    if (a === '-a' || a === '--multiple') multiple = true;
    else if (a === '-s') {
      suffix = args.shift();
      multiple = true;
    } else if (a.startsWith('--suffix=')) {
      suffix = a.slice(9);
      multiple = true;
    }
  }
  if (args.length === 0) return usage(ctx, flavour, 'missing operand', 'FILE [SUFFIX]');
  if (!multiple) {
    if (args.length > 2) return usage(ctx, flavour, `extra operand '${args[2]}'`, 'FILE [SUFFIX]');
    suffix = args[1];
    args = args.slice(0, 1);
  }
  for (const a of args) {
    let b = baseName(a);
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
    ctx.stdout.write(`${b}\n`);
  }
  return 0;
};

/** `dirname PATH`. */
export const dirname: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '--');
  if (args.length === 0) return usage(ctx, flavour, 'missing operand', 'FILENAME');
  for (const a of flavour === 'gnu' ? args : args.slice(0, 1)) ctx.stdout.write(`${dirName(a)}\n`);
  return 0;
};
