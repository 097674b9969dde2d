/**
 * @module
 * The in-process container operations of {@link DockerClient}: containers, exec, attach, logs, archives and commit, called on the
 * daemon directly with the clock held (see ./context.ts).
 */
import type { AttachOptions, ContainerAttachment } from '../../container/runtime/attach.js';
import type { ContainerArchive, ContainerPathStat, PutArchiveOptions } from '../../container/archive.js';
import type { ContainerCommitOptions, ContainerCommitResponse } from '../../container/commit.js';
import type { ContainerCreateOptions, ContainerCreateResponse, ContainerInspectOptions, ContainerRemoveOptions, ContainerStopOptions } from '../../container/service.js';
import type { ContainerCreateRequest } from '../../container/create.js';
import type { ContainerInspect } from '../../container/inspect.js';
import type { ContainerListOptions } from '../../container/list.js';
import type { ContainerPruneResponse } from '../../container/prune.js';
import type { ContainerStatsResponse } from '../../container/stats.js';
import type { ContainerSummary } from '../../container/summary.js';
import type { ContainerTopResponse } from '../../container/top.js';
import type { ContainerUpdateRequest, ContainerUpdateResponse } from '../../container/update.js';
import type { ContainerWaitResponse } from '../../container/runtime/waiters.js';
import type { ExecCreateRequest, ExecInspect } from '../../container/exec.js';
import type { ExecSession, ExecStartOptions } from '../../container/runtime/execs.js';
import type { FilesystemChange } from '../../fs/changes.js';
import type { LogEntry, LogReadOptions } from '../../container/runtime/logs.js';
import type { TerminalSize } from '../../container/resize.js';
import type { DockerClient } from '../docker-client.js';
import type { InProcessContext } from './context.js';

/** The container operations of an in-process client. */
export type InProcessContainerOperations = Pick<DockerClient, 'containerCreate' | 'containerInspect' | 'containerList' | 'containerStart' | 'containerStop' | 'containerKill' | 'containerPause' | 'containerUnpause' | 'containerRestart' | 'containerDelete' | 'containerRename' | 'containerUpdate' | 'containerWait' | 'containerLogs' | 'containerExec' | 'execStart' | 'execResize' | 'containerResize' | 'execInspect' | 'containerAttach' | 'containerTop' | 'containerStats' | 'containerChanges' | 'containerArchiveInfo' | 'containerArchive' | 'putContainerArchive' | 'containerExport' | 'imageCommit' | 'containerPrune'>;

/** Binds the container operations to a daemon. */
export function containerOperations(ctx: InProcessContext): InProcessContainerOperations {
  return {
    containerCreate(request: ContainerCreateRequest, options?: ContainerCreateOptions): Promise<ContainerCreateResponse> {
      return ctx.call(() => ctx.daemon.containers.create(request, options));
    },

    containerInspect(id: string, options?: ContainerInspectOptions): Promise<ContainerInspect> {
      return ctx.call(() => ctx.daemon.containers.inspect(id, options));
    },

    containerList(options?: ContainerListOptions): Promise<ContainerSummary[]> {
      return ctx.call(() => ctx.daemon.containers.list(options));
    },

    containerStart(id: string): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.start(id));
    },

    containerStop(id: string, options?: ContainerStopOptions): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.stop(id, options));
    },

    containerKill(id: string, signal?: string): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.kill(id, signal));
    },

    containerPause(id: string): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.pause(id));
    },

    containerUnpause(id: string): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.unpause(id));
    },

    containerRestart(id: string, options?: ContainerStopOptions): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.restart(id, options));
    },

    containerDelete(id: string, options?: ContainerRemoveOptions): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.remove(id, options));
    },

    containerRename(id: string, name: string): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.rename(id, name));
    },

    containerUpdate(id: string, update: ContainerUpdateRequest): Promise<ContainerUpdateResponse> {
      return ctx.call(() => ctx.daemon.containers.update(id, update));
    },

    containerWait(id: string, condition?: string): Promise<ContainerWaitResponse> {
      // Registered now, not after a microtask: callers wait before they start.
      let waiting: Promise<ContainerWaitResponse>;
      try {
        waiting = ctx.daemon.containers.wait(id, condition);
      } catch (error) {
        waiting = Promise.reject(error);
      }
      return ctx.daemon.ctx.clock.hold(waiting);
    },

    containerLogs(id: string, options?: LogReadOptions): AsyncIterable<LogEntry> {
      return ctx.stream(() => ctx.daemon.containers.logs(id, options), options?.until !== undefined);
    },

    containerExec(id: string, request: ExecCreateRequest): Promise<{ readonly Id: string }> {
      return ctx.call(() => ctx.daemon.containers.execCreate(id, request));
    },

    execStart(id: string, options?: ExecStartOptions): Promise<ExecSession> {
      const clock = ctx.daemon.ctx.clock;
      return ctx.call(() => {
        const session = ctx.daemon.containers.execStart(id, options);
        return { ...session, output: ctx.stream(() => session.output), exited: ctx.holdStreams ? clock.hold(session.exited) : session.exited };
      });
    },

    execResize(id: string, size: TerminalSize): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.execResize(id, size));
    },

    containerResize(id: string, size: TerminalSize): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.resize(id, size));
    },

    execInspect(id: string): Promise<ExecInspect> {
      return ctx.call(() => ctx.daemon.containers.execInspect(id));
    },

    containerAttach(id: string, options?: AttachOptions): Promise<ContainerAttachment> {
      return ctx.call(() => {
        const attachment = ctx.daemon.containers.attach(id, options);
        return { ...attachment, output: ctx.stream(() => attachment.output) };
      });
    },

    containerTop(id: string, psArgs?: string): Promise<ContainerTopResponse> {
      return ctx.call(() => ctx.daemon.containers.top(id, psArgs));
    },

    containerStats(id: string, options?: { readonly stream?: boolean }): AsyncIterable<ContainerStatsResponse> {
      return ctx.stream(() => ctx.daemon.containers.stats(id, options));
    },

    containerChanges(id: string): Promise<FilesystemChange[]> {
      return ctx.call(() => ctx.daemon.containers.changes(id));
    },

    containerArchiveInfo(id: string, path: string): Promise<ContainerPathStat> {
      return ctx.call(() => ctx.daemon.containers.archiveInfo(id, path));
    },

    containerArchive(id: string, path: string): Promise<ContainerArchive> {
      return ctx.call(() => ctx.daemon.containers.archive(id, path));
    },

    putContainerArchive(id: string, path: string, tar: Uint8Array, options?: PutArchiveOptions): Promise<void> {
      return ctx.call(() => ctx.daemon.containers.putArchive(id, path, tar, options));
    },

    containerExport(id: string): Promise<Uint8Array> {
      return ctx.call(() => ctx.daemon.containers.export(id));
    },

    imageCommit(container: string, options?: ContainerCommitOptions): Promise<ContainerCommitResponse> {
      return ctx.call(() => ctx.daemon.containers.commit(container, options));
    },

    containerPrune(filters?: { readonly [name: string]: readonly string[] }): Promise<ContainerPruneResponse> {
      return ctx.call(() => ctx.daemon.containers.prune(filters));
    },
  };
}
