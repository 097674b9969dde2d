/**
 * @module
 * `hello-world`: one static binary, `/hello`, that prints Docker's greeting (program `hello`).
 * Small enough to hold at its real size: the file is padded to the real image's 10,072 bytes.
 */
import { PROGRAM_MARKER } from '../../programs/types.js';
import type { CatalogueImage } from './spec.js';

const SIZE = 10_072;
const head = `${PROGRAM_MARKER}hello\n`;
// Deterministic padding standing in for the binary's machine code.
const body = new Uint8Array(SIZE);
body.set(new TextEncoder().encode(head));
for (let i = head.length; i < SIZE; i++) body[i] = (i * 31 + 7) & 0xff;

/** The hello-world image. */
export const HELLO_WORLD: readonly CatalogueImage[] = [
  {
    repository: 'library/hello-world',
    tags: ['latest', 'linux'],
    created: '2025-08-13T22:18:57Z',
    steps: [
      { createdBy: 'COPY hello / # buildkit', files: { hello: { file: body, mode: 0o755 } }, size: SIZE, blobSize: 3_954, comment: 'buildkit.dockerfile.v0' },
      { createdBy: 'CMD ["/hello"]', comment: 'buildkit.dockerfile.v0' },
    ],
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/hello'], WorkingDir: '/' },
  },
];
