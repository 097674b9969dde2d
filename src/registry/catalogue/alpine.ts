/**
 * @module
 * `alpine`: the releases Docker Hub publishes (3.21 as `latest`, and 3.20, 3.19, 3.18), each one
 * layer added from the mini root filesystem, with Docker Hub's sizes.
 */
import { alpineRootfs } from './alpine-root.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

function alpine(release: string, tags: string[], created: string, size: number, blobSize: number): CatalogueImage {
  return {
    repository: 'library/alpine',
    tags,
    created,
    steps: [
      { createdBy: `ADD alpine-minirootfs-${release}-x86_64.tar.gz / # buildkit`, files: () => alpineRootfs(release), size, blobSize, comment: BUILDKIT },
      { createdBy: 'CMD ["/bin/sh"]', comment: BUILDKIT },
    ],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'], WorkingDir: '/' },
  };
}

/** Alpine 3.21 (`latest`): the base of the `-alpine` variants of node, nginx, redis, postgres and python. */
export const ALPINE_3_21 = alpine('3.21.3', ['latest', '3', '3.21', '3.21.3'], '2025-02-14T03:28:36Z', 7_834_092, 3_642_247);
/** Alpine 3.20. */
export const ALPINE_3_20 = alpine('3.20.6', ['3.20', '3.20.6'], '2025-02-14T03:28:36Z', 7_795_336, 3_626_898);
/** Alpine 3.19. */
export const ALPINE_3_19 = alpine('3.19.7', ['3.19', '3.19.7'], '2025-02-14T03:28:36Z', 7_377_456, 3_419_708);
/** Alpine 3.18 (the base of registry:2). */
export const ALPINE_3_18 = alpine('3.18.12', ['3.18', '3.18.12'], '2025-02-14T03:28:36Z', 7_340_992, 3_401_613);

/** Every alpine image of the catalogue. */
export const ALPINE: readonly CatalogueImage[] = [ALPINE_3_21, ALPINE_3_20, ALPINE_3_19, ALPINE_3_18];
