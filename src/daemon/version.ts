/**
 * @module
 * What the simulated engine says about itself: the Docker Engine release and API version it
 * behaves like (Engine 28, API 1.50, classic image store), as `GET /version` and `/_ping` report.
 */

/** The Docker Engine release whose behaviour dockersim follows. */
export const ENGINE_VERSION = '28.2.2';
/** The newest Engine API version served. */
export const API_VERSION = '1.50';
/** The oldest Engine API version accepted. */
export const MIN_API_VERSION = '1.24';
/** dockersim's own version, reported as a component of `docker version`. */
export const DOCKERSIM_VERSION = '0.1.0';
/** Kernel version the simulated hosts report. */
export const KERNEL_VERSION = '6.8.0-dockersim';
/** Fixed build time, so that outputs are deterministic. */
export const BUILD_TIME = '2025-05-30T12:07:26.000000000+00:00';

/** One component of `GET /version`. */
export interface ComponentVersion {
  readonly Name: string;
  readonly Version: string;
  readonly Details?: { readonly [key: string]: string };
}

/** `GET /version` (Engine API `SystemVersion`). */
export interface SystemVersion {
  readonly Platform: { readonly Name: string };
  readonly Components: readonly ComponentVersion[];
  readonly Version: string;
  readonly ApiVersion: string;
  readonly MinAPIVersion: string;
  readonly GitCommit: string;
  readonly GoVersion: string;
  readonly Os: string;
  readonly Arch: string;
  readonly KernelVersion: string;
  readonly Experimental?: boolean;
  readonly BuildTime: string;
}

/** The version report of every simulated daemon. */
export function systemVersion(): SystemVersion {
  return {
    Platform: { Name: 'Docker Engine - Community (dockersim)' },
    Components: [
      {
        Name: 'Engine',
        Version: ENGINE_VERSION,
        Details: {
          ApiVersion: API_VERSION,
          Arch: 'amd64',
          BuildTime: BUILD_TIME,
          Experimental: 'false',
          GitCommit: 'dockersim',
          GoVersion: 'go1.24.3',
          KernelVersion: KERNEL_VERSION,
          MinAPIVersion: MIN_API_VERSION,
          Os: 'linux',
        },
      },
      { Name: 'dockersim', Version: DOCKERSIM_VERSION, Details: { GitCommit: 'dockersim' } },
    ],
    Version: ENGINE_VERSION,
    ApiVersion: API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: 'dockersim',
    GoVersion: 'go1.24.3',
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: KERNEL_VERSION,
    BuildTime: BUILD_TIME,
  };
}
