/**
 * @module
 * The HTTP transport of {@link DockerClient}: the same typed API as the in-process client, over
 * the Engine API. Give it a `fetch` — an engine handler (`createEngineHandler(world)`) to go
 * through the wire format in-process, `unixSocketFetch(path)` from `dockersim/node` for a
 * unix socket, or nothing for a TCP daemon (`baseUrl: 'http://127.0.0.1:2375'`).
 *
 * Each domain's operations live in one file under `http/` (`systemOperations`, …) and are
 * composed here, so the client is complete exactly when every domain's file is listed.
 */
import type { DockerClient } from './docker-client.js';
import { archiveOperations } from './http/archive.js';
import { attachOperations } from './http/attach.js';
import { containerOperations } from './http/containers.js';
import { imageOperations } from './http/images.js';
import { networkOperations } from './http/networks.js';
import { buildOperations } from './http/build.js';
import { systemOperations } from './http/system.js';
import { HttpTransport, type HttpClientOptions } from './http/transport.js';

/** A {@link DockerClient} that talks to a daemon through the Engine API. */
export function createHttpClient(options: HttpClientOptions = {}): DockerClient {
  const transport = new HttpTransport(options);
  return {
    ...systemOperations(transport),
    ...imageOperations(transport),
    ...containerOperations(transport),
    ...attachOperations(transport),
    ...archiveOperations(transport),
    ...networkOperations(transport),
    ...buildOperations(transport),
  };
}
