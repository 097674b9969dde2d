/**
 * @module
 * What the CLI knows about the daemon before running a command (the `_ping` headers: API
 * version, OS type, experimental, swarm status), and docker's rules for hiding or refusing
 * commands and flags the daemon does not support (cmd/docker `hideUnsupportedFeatures`,
 * `isSupported`). An offline CLI assumes everything experimental is available and knows no OS.
 */
import type { CommandAnnotations } from './command.js';
import type { FlagAnnotations } from './flag.js';

/** The daemon's capabilities as the CLI sees them. */
export interface ServerFeatures {
  /** `Docker-Experimental` (true when the CLI could not reach a daemon). */
  readonly experimental: boolean;
  /** `Ostype` (`linux`); empty when unknown. */
  readonly osType: string;
  /** `Swarm` header, when the daemon sent one. */
  readonly swarm?: { readonly nodeState: string; readonly controlAvailable: boolean };
}

/** What an unreachable daemon looks like to the CLI (help printed without a daemon). */
export const OFFLINE: ServerFeatures = { experimental: true, osType: '' };

/** A dockersim daemon: Linux, not experimental, swarm inactive (its `_ping` headers). */
export const DOCKERSIM_DAEMON: ServerFeatures = {
  experimental: false,
  osType: 'linux',
  swarm: { nodeState: 'inactive', controlAvailable: false },
};

/** True when docker hides a command or flag with these annotations from this daemon. */
export function hiddenByDaemon(annotations: CommandAnnotations | FlagAnnotations | undefined, features: ServerFeatures): boolean {
  if (!annotations) return false;
  if (annotations.experimental && !features.experimental) return true;
  if (annotations.ostype && features.osType !== '' && annotations.ostype !== features.osType) return true;
  if (annotations.swarm !== undefined && features.swarm) {
    if (annotations.swarm === 'manager' && !features.swarm.controlAvailable) return true;
    if (annotations.swarm === 'active' && features.swarm.nodeState === 'inactive') return true;
  }
  return false;
}
