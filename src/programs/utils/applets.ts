/**
 * @module
 * The utilities by name, as busybox applets and as GNU coreutils (and friends) programs.
 */
import type { Tool } from './tool.js';

/** busybox's applets (besides its shell). */
export const BUSYBOX_APPLETS: { readonly [name: string]: Tool } = {};

/** The GNU userland of Debian and Ubuntu images. */
export const GNU_TOOLS: { readonly [name: string]: Tool } = {};
