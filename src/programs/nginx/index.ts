/**
 * @module
 * nginx as the official images run it: the server and the image's entrypoint.
 */
export { nginx } from './nginx.js';
export { nginxEntrypoint } from './entrypoint.js';
