/**
 * @module
 * The container's lifecycle status as one closed union (DESIGN.md decision 4), and the wire
 * `ContainerState` derived from it. moby keeps five booleans that are "not mutually exclusive"
 * (`daemon/container/state.go`); here the status is the one truth and the booleans follow from it:
 * a paused container is Running+Paused, a restarting one Running+Restarting, exactly as Docker
 * reports them.
 */
import { ZERO_TIME } from '../core/time.js';

/** Every status a container can be in (`docker ps --filter status=`). */
export const CONTAINER_STATUSES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;

/** A container's status: `State.Status` in `docker inspect`. */
export type ContainerStatus = (typeof CONTAINER_STATUSES)[number];

/** Health of a container with a healthcheck. */
export type HealthStatus = 'none' | 'starting' | 'healthy' | 'unhealthy';

/** Every health value the `health` filter accepts, in moby's order. */
export const HEALTH_STATUSES: readonly HealthStatus[] = ['none', 'starting', 'healthy', 'unhealthy'];

/** One probe result (Engine API `HealthcheckResult`). */
export interface HealthcheckResult {
  readonly Start: string;
  readonly End: string;
  readonly ExitCode: number;
  readonly Output: string;
}

/** `State.Health` (Engine API `Health`). */
export interface Health {
  readonly Status: HealthStatus;
  readonly FailingStreak: number;
  /** The last 5 probes, oldest first. */
  readonly Log: readonly HealthcheckResult[];
}

/** `State` in `docker inspect` (Engine API `ContainerState`). */
export interface ContainerState {
  readonly Status: ContainerStatus;
  readonly Running: boolean;
  readonly Paused: boolean;
  readonly Restarting: boolean;
  readonly OOMKilled: boolean;
  readonly Dead: boolean;
  readonly Pid: number;
  readonly ExitCode: number;
  readonly Error: string;
  readonly StartedAt: string;
  readonly FinishedAt: string;
  readonly Health?: Health;
}

/** The booleans Docker derives from a status (`Running` is true while paused or restarting). */
export function statusFlags(status: ContainerStatus): Pick<ContainerState, 'Running' | 'Paused' | 'Restarting' | 'Dead'> {
  return {
    Running: status === 'running' || status === 'paused' || status === 'restarting',
    Paused: status === 'paused',
    Restarting: status === 'restarting',
    Dead: status === 'dead',
  };
}

/** True when Docker counts the container as running (`docker ps` without `-a` lists it). */
export function isRunning(status: ContainerStatus): boolean {
  return status === 'running' || status === 'paused' || status === 'restarting';
}

/** The state of a container that was just created. */
export function createdState(): ContainerState {
  return {
    Status: 'created',
    ...statusFlags('created'),
    OOMKilled: false,
    Pid: 0,
    ExitCode: 0,
    Error: '',
    StartedAt: ZERO_TIME,
    FinishedAt: ZERO_TIME,
  };
}

/** True when `text` is one of {@link CONTAINER_STATUSES}. */
export function isContainerStatus(text: string): text is ContainerStatus {
  return (CONTAINER_STATUSES as readonly string[]).includes(text);
}
