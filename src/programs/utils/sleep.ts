/**
 * @module
 * `sleep DURATION...` on the virtual clock (`1`, `0.5`, `2m`, `infinity`): a container's
 * `sleep 3600` costs nothing and ends exactly an hour of virtual time later.
 */
import { complain, usage } from './common.js';
import { parseDuration } from './duration.js';
import type { Tool } from './tool.js';

/** `sleep DURATION...`: wait on the virtual clock. */
export const sleep: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '--');
  if (args.length === 0) {
    if (flavour === 'gnu') return usage(ctx, flavour, 'missing operand', '');
    return usage(ctx, flavour, 'missing operand', '[N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays');
  }
  const ms = parseDuration(args);
  if (typeof ms !== 'number') {
    if (flavour === 'gnu') return usage(ctx, flavour, `invalid time interval '${ms.invalid}'`, '');
    complain(ctx, flavour, `invalid number '${ms.invalid}'`);
    return 1;
  }
  await ctx.clock.sleep(ms);
  return 0;
};
