/**
 * @module
 * `dockersim/node`: the Node-only face — the `dockersim` command, and the Engine API server that
 * lets the real docker CLI, dockerode or testcontainers-style tools drive a simulated daemon
 * (`startServer`). The only code that imports `node:*`.
 */
export { main, type CommandIO } from './main.js';
export { startServer, wallClockWorld, type StartServerOptions, type EngineServer } from './server.js';
export { unixSocketFetch, connectionFetch, type ConnectTarget } from './unix-fetch.js';
export { parseTcpAddress, isLoopback, type TcpAddress } from './listen.js';
