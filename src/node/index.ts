/**
 * @module
 * `dockersim/node`: the Node-only face — the command's entry point (and, with the Engine API
 * issue, the socket/TCP server). The only code that imports `node:*`.
 */
export { main, type CommandIO } from './main.js';
