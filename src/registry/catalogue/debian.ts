/**
 * @module
 * `debian` (bookworm, full and slim) and `ubuntu` (noble and jammy): one root filesystem layer
 * each, with the history lines, labels and sizes of the real images. The slim bookworm is the
 * base of the catalogue's nginx, redis, postgres and python images.
 */
import { debianRootfs } from './debian-root.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

const DEBIAN_CREATED = '2025-02-24T00:00:00Z';

function debian(slim: boolean, tags: string[], size: number, blobSize: number): CatalogueImage {
  return {
    repository: 'library/debian',
    tags,
    created: DEBIAN_CREATED,
    steps: [
      { createdBy: `# debian.sh --arch 'amd64' out/ 'bookworm' '@1740355200'`, files: () => debianRootfs({ id: 'debian', version: '12.9', codename: 'bookworm', slim }), size, blobSize, comment: 'debuerreotype 0.15' },
      { createdBy: 'CMD ["bash"]', comment: BUILDKIT },
    ],
    config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
  };
}

/** debian:bookworm. */
export const DEBIAN_BOOKWORM = debian(false, ['latest', '12', '12.9', 'bookworm', 'stable'], 116_560_128, 48_493_516);
/** debian:bookworm-slim (the base of many official images). */
export const DEBIAN_BOOKWORM_SLIM = debian(true, ['bookworm-slim', '12-slim', '12.9-slim', 'stable-slim'], 74_832_384, 28_227_259);

function ubuntu(version: string, codename: string, tags: string[], created: string, size: number, blobSize: number): CatalogueImage {
  return {
    repository: 'library/ubuntu',
    tags,
    created,
    steps: [
      { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
      { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
      { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
      { createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${version}` },
      { createdBy: `/bin/sh -c #(nop) ADD file:${codename === 'noble' ? '6df775300d76441aa33f31b22c1afce8dfe35c8ffbc14ef27c27009235b12a95' : '1b6c8c9518be42fa2afe5e241ca31677fce58d27cdfa88baa91a65a259be3637'} in / `, files: () => debianRootfs({ id: 'ubuntu', version, codename }), size, blobSize },
      { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
    ],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': version } },
  };
}

/** ubuntu:24.04 (`latest`). */
export const UBUNTU_NOBLE = ubuntu('24.04', 'noble', ['latest', '24.04', 'noble'], '2025-01-26T05:31:42Z', 78_123_056, 29_750_464);
/** ubuntu:22.04. */
export const UBUNTU_JAMMY = ubuntu('22.04', 'jammy', ['22.04', 'jammy'], '2025-01-26T05:31:51Z', 77_864_960, 29_537_032);

/** Every debian image. */
export const DEBIAN: readonly CatalogueImage[] = [DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM];
/** Every ubuntu image. */
export const UBUNTU: readonly CatalogueImage[] = [UBUNTU_NOBLE, UBUNTU_JAMMY];
