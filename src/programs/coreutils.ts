/**
 * @module
 * The GNU userland of Debian and Ubuntu images as one multi-call program: each tool is its own
 * file (`/usr/bin/ls`, `/bin/cat`…) holding `#!dockersim coreutils`, and the basename of argv[0]
 * picks the tool. GNU tools print errors with the name they were invoked by.
 */
import { baseName } from './process/paths.js';
import type { Program } from './types.js';
import { GNU_TOOLS } from './utils/applets.js';

/** The coreutils program. */
export const coreutils: Program = async (ctx) => {
  const name = baseName(ctx.argv[0] ?? '');
  const tool = GNU_TOOLS[name];
  if (!tool) {
    ctx.stderr.write(`${name}: not part of the simulated GNU userland\n`);
    return 127;
  }
  return tool(ctx, 'gnu');
};
