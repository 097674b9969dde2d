/**
 * @module
 * Docker's message texts, gathered in one folder (one file per domain) so that fidelity is
 * reviewable in one place. Each function returns a {@link DockerError} of the right kind with the
 * exact wording of Docker Engine 28/29 (classic image store); see docs/fidelity.md.
 */
export * from './system.js';
export * from './dockerfile.js';
export * from './build.js';
export * from './compose.js';
export * from './api.js';
export * from './containers.js';
export * from './reference.js';
export * from './network.js';
export * from './volume.js';
export * from './image.js';
export * from './registry.js';
