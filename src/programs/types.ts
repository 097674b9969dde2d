/**
 * @module
 * The program model (DESIGN.md decision 8): what a process inside a container *is* and what it may
 * touch. A {@link Program} is an async function over a {@link ProcessContext}; the container runtime
 * creates the context (filesystem view, stdio, signals, clock, network) and the program returns
 * its exit code. Everything a program does goes through its context — never real time, real I/O
 * or `Math.random` — so the simulation stays deterministic (see docs/decisions/0001).
 *
 * This file is the contract between the container runtime (which implements the context), the
 * network layer (which implements {@link ProcessNet}) and the programs (which use them).
 */

export * from './contract/streams.js';
export * from './contract/fs.js';
export * from './contract/signals.js';
export * from './contract/net.js';
export * from './contract/process.js';
