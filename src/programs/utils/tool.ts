/**
 * @module
 * The shape of a core utility: one implementation serves busybox's applet and the GNU
 * coreutils program of the same name, told apart by `flavour` where their output or messages
 * differ (`stat: can't stat 'x': No such file or directory` vs `stat: cannot statx 'x': …`).
 */
import type { ProcessContext } from '../types.js';

/** Which userland a utility imitates. */
export type Flavour = 'busybox' | 'gnu';

/** A utility: runs with the process's context and returns its exit status. */
export type Tool = (ctx: ProcessContext, flavour: Flavour) => Promise<number>;
