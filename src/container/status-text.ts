/**
 * @module
 * The STATUS column of `docker ps` (moby `daemon/container/state.go` `State.String`): "Up 2
 * minutes (healthy)", "Up 3 seconds (Paused)", "Restarting (1) 2 seconds ago", "Exited (0) 3
 * seconds ago", "Created", "Removal In Progress", "Dead" — durations in go-units' words.
 */
import { parseTimestamp } from '../core/time.js';
import { humanDuration } from '../core/units.js';
import type { ContainerState } from './state.js';

/** The STATUS text of a container's state at virtual time `now`. */
export function statusText(state: ContainerState, now: number): string {
  const since = (stamp: string) => humanDuration(now - (parseTimestamp(stamp) ?? now));
  switch (state.Status) {
    case 'running':
    case 'paused': {
      const up = `Up ${since(state.StartedAt)}`;
      if (state.Status === 'paused') return `${up} (Paused)`;
      const health = state.Health;
      if (!health) return up;
      return `${up} (${health.Status === 'starting' ? 'health: starting' : health.Status})`;
    }
    case 'restarting':
      return `Restarting (${state.ExitCode}) ${since(state.FinishedAt)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
      return 'Created';
    case 'exited':
      if (parseTimestamp(state.FinishedAt) === undefined) return '';
      return `Exited (${state.ExitCode}) ${since(state.FinishedAt)} ago`;
  }
}
