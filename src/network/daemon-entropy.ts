/**
 * @module
 * The fresh values network operations draw from a daemon: ids (endpoints, sandboxes), random
 * bytes (MAC addresses) and the host's ordering counter, read ahead of the commit that stores it.
 */
import type { HostContext } from '../daemon/context.js';
import type { NetworkEntropy } from './sandbox.js';

/** Entropy from the daemon's context, with the last sequence number handed out. */
export function daemonEntropy(ctx: HostContext): NetworkEntropy & { readonly seq: () => number } {
  let seq = ctx.state.seq;
  return { newId: () => ctx.newId(), bytes: (n) => ctx.random.bytes(n), nextSeq: () => ++seq, seq: () => seq };
}
