/**
 * @module
 * `POST /containers/{id}/resize` and `POST /exec/{id}/resize` (moby `daemon/resize.go`): the
 * terminal of a running container or a started exec changes size. Simulated processes draw no
 * terminal, so a resize only checks that there is a process to resize and, for a container, says
 * so with a `resize` event carrying `height` and `width`, as Docker does.
 */
import type { DockerError } from '../core/errors.js';
import { containerIsRestarting, containerNotRunning, execContainerPaused, execNotStarted, execSessionTimeout, noSuchContainer } from '../core/messages/containers.js';
import type { HostContext } from '../daemon/context.js';
import type { ExecRecord } from './exec.js';
import type { ContainerRecord } from './record.js';
import { eventAttributes } from './runtime/runtime.js';

/** A terminal size, as the `h` and `w` query parameters carry it. */
export interface TerminalSize {
  readonly h: number;
  readonly w: number;
}

/** How long Docker waits for an exec to start before giving up on a resize (ms). */
export const EXEC_RESIZE_TIMEOUT_MS = 10_000;

/** Resizes a container's TTY: it must be running (a paused one still is); one `resize` event. */
export function resizeContainer(ctx: HostContext, record: ContainerRecord, size: TerminalSize): void {
  if (!record.State.Running) throw containerNotRunning(record.Id);
  ctx.commit(() => {}, [{ Type: 'container', Action: 'resize', id: record.Id, attributes: eventAttributes(record, { height: String(size.h), width: String(size.w) }) }]);
}

/** moby `getExecConfig`: the exec's container must still exist, run, and be neither paused nor restarting. */
export function execContainerGuard(container: ContainerRecord | undefined, exec: ExecRecord): DockerError | undefined {
  if (!container) return noSuchContainer(exec.ID);
  if (!container.State.Running) return containerNotRunning(container.Id);
  if (container.State.Paused) return execContainerPaused(container.Id);
  if (container.State.Restarting) return containerIsRestarting(container.Id);
  return undefined;
}

/**
 * Resizes an exec's TTY. Docker waits up to ten seconds for the exec to start; an exec whose start
 * failed has no process to resize. Nothing is recorded.
 */
export async function resizeExec(ctx: HostContext, lookup: () => { exec: ExecRecord; container: ContainerRecord | undefined }): Promise<void> {
  let { exec, container } = lookup();
  const guard = execContainerGuard(container, exec);
  if (guard) throw guard;
  if (!exec.internal.started) {
    const deadline = ctx.now() + EXEC_RESIZE_TIMEOUT_MS;
    while (!exec.internal.started && ctx.now() < deadline) {
      await ctx.clock.sleep(Math.min(100, deadline - ctx.now()));
      ({ exec, container } = lookup());
    }
    if (!exec.internal.started) throw execSessionTimeout();
  }
  // Started but without a process: its command could not run.
  if (!exec.Running && exec.Pid === 0) throw execNotStarted();
}
