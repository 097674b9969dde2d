/**
 * @module
 * `registry` (CNCF distribution): 2.8 (`2`) on Alpine 3.18 and 3.0 (`latest`) on Alpine 3.21 —
 * `/bin/registry` (program `registry`), its example configuration, `/entrypoint.sh` (program
 * `docker-entrypoint-registry`), `VOLUME /var/lib/registry`, port 5000.
 */
import { ALPINE_3_18, ALPINE_3_21 } from './alpine.js';
import { dir, exe } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

const CONFIG_2 = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

const CONFIG_3 = CONFIG_2.replace('    rootdirectory: /var/lib/registry\n', '    rootdirectory: /var/lib/registry\n  tag:\n    concurrencylimit: 8\n');

const CA_BUNDLE = '-----BEGIN CERTIFICATE-----\n(dockersim: Mozilla CA bundle)\n-----END CERTIFICATE-----\n';

interface Release {
  readonly tags: readonly string[];
  readonly created: string;
  readonly base: CatalogueImage;
  /** Where the configuration goes and what it says. */
  readonly configPath: string;
  readonly configText: string;
  /** History texts of the real Dockerfile's steps. */
  readonly history: { readonly ca: string; readonly binary: string; readonly config: string };
  /** [size, blob size] of the CA, binary and config layers. */
  readonly sizes: readonly [readonly [number, number], readonly [number, number], readonly [number, number]];
}

function registryImage(r: Release): CatalogueImage {
  const [ca, binary, config] = r.sizes;
  return {
    repository: 'library/registry',
    tags: r.tags,
    created: r.created,
    base: r.base,
    steps: [
      { createdBy: r.history.ca, files: { 'etc/ssl/certs/ca-certificates.crt': CA_BUNDLE }, size: ca[0], blobSize: ca[1], comment: BUILDKIT },
      { createdBy: r.history.binary, files: { 'bin/registry': exe('registry', `# registry v${r.tags[2]!}\n`) }, size: binary[0], blobSize: binary[1], comment: BUILDKIT },
      { createdBy: r.history.config, files: { [r.configPath]: r.configText }, size: config[0], blobSize: config[1], comment: BUILDKIT },
      { createdBy: 'VOLUME [/var/lib/registry]', comment: BUILDKIT },
      { createdBy: 'EXPOSE map[5000/tcp:{}]', comment: BUILDKIT },
      { createdBy: 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit', files: { 'entrypoint.sh': exe('docker-entrypoint-registry'), 'var/lib/registry': dir() }, size: 155, blobSize: 389, comment: BUILDKIT },
      { createdBy: 'ENTRYPOINT ["/entrypoint.sh"]', comment: BUILDKIT },
      { createdBy: `CMD ["/${r.configPath}"]`, comment: BUILDKIT },
    ],
    config: { ExposedPorts: { '5000/tcp': {} }, Env: [DEFAULT_PATH], Entrypoint: ['/entrypoint.sh'], Cmd: [`/${r.configPath}`], Volumes: { '/var/lib/registry': {} }, WorkingDir: '/' },
  };
}

/** Every registry image. */
export const REGISTRY: readonly CatalogueImage[] = [
  registryImage({
    tags: ['2', '2.8', '2.8.3'],
    created: '2023-10-02T18:49:51Z',
    base: ALPINE_3_18,
    configPath: 'etc/docker/registry/config.yml',
    configText: CONFIG_2,
    history: {
      ca: 'RUN /bin/sh -c set -ex     && apk add --no-cache ca-certificates # buildkit',
      binary: 'COPY ./registry/registry /bin/registry # buildkit',
      config: 'COPY ./registry/config-example.yml /etc/docker/registry/config.yml # buildkit',
    },
    sizes: [[798_720, 288_540], [17_018_880, 6_359_821], [295, 393]],
  }),
  registryImage({
    tags: ['latest', '3', '3.0', '3.0.0'],
    created: '2025-04-02T15:42:12Z',
    base: ALPINE_3_21,
    configPath: 'etc/distribution/config.yml',
    configText: CONFIG_3,
    history: {
      ca: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit',
      binary: 'COPY /usr/local/bin/registry /bin/registry # buildkit',
      config: 'COPY ./config-example.yml /etc/distribution/config.yml # buildkit',
    },
    sizes: [[696_320, 275_120], [49_504_256, 18_012_776], [338, 414]],
  }),
];
