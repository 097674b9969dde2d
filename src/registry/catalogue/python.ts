/**
 * @module
 * `python` 3.13 (full bookworm `latest`, `slim`, `alpine`) and 3.12: `/usr/local/bin/python3.x`
 * (program `python3`; `python3` and `python` link to it), `pip` as a real Python entry-point
 * script, `CMD ["python3"]`, with the official environment and Docker Hub's sizes.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { ALPINE_3_21 } from './alpine.js';
import { DEBIAN_BOOKWORM_SLIM } from './debian.js';
import { exe, link, script } from './files.js';
import { BUILDPACK_DEPS } from './node.js';
import { BUILDKIT, type CatalogueImage } from './spec.js';

const GPG_KEY = '7169605F62C751356D054A26A821E680E5FA6305';
const PATH = 'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function pip(minor: string): string {
  return `#!/usr/local/bin/python${minor}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`;
}

function interpreter(minor: string, flavour: Line['flavour']): TreeSpec {
  const abi = `cpython-${minor.replace('.', '')}-x86_64-linux-${flavour === 'alpine' ? 'musl' : 'gnu'}`;
  return {
    [`usr/local/lib/python${minor}/lib-dynload/_ssl.${abi}.so`]: 'ELF extension module\n',
    ...(flavour === 'full' ? { [`usr/local/lib/python${minor}/lib-dynload/_tkinter.${abi}.so`]: 'ELF extension module\n' } : {}),
    [`usr/local/bin/python${minor}`]: exe('python3'),
    [`usr/local/bin/pip${minor}`]: script(pip(minor)),
    'usr/local/bin/pip3': script(pip(minor)),
    [`usr/local/lib/python${minor}/os.py`]: '"""OS routines for NT or Posix depending on what system we\'re on."""\n',
    [`usr/local/lib/python${minor}/site-packages/pip/__init__.py`]: `__version__ = "25.0.1"\n`,
  };
}

const LINKS: TreeSpec = {
  'usr/local/bin/idle3': exe('python3'),
  'usr/local/bin/pydoc3': exe('python3'),
  'usr/local/bin/python3-config': script('#!/bin/sh\necho "-I/usr/local/include/python3"\n'),
};

function links(minor: string): TreeSpec {
  return {
    'usr/local/bin/idle': link('idle3'),
    'usr/local/bin/pip': link('pip3'),
    'usr/local/bin/pydoc': link('pydoc3'),
    'usr/local/bin/python': link('python3'),
    'usr/local/bin/python-config': link('python3-config'),
    'usr/local/bin/python3': link(`python${minor}`),
  };
}

/** What each flavour's dependency step installs (tzdata everywhere; netbase on slim; tk and uuid headers on full). */
const DEPS: { readonly [flavour in Line['flavour']]: TreeSpec } = {
  full: { 'usr/share/zoneinfo/UTC': 'TZif2 UTC\n', 'usr/include/uuid/uuid.h': '/* libuuid */\n', 'usr/include/tk.h': '/* Tk 8.6 */\n' },
  slim: { 'usr/share/zoneinfo/UTC': 'TZif2 UTC\n', 'etc/services': 'tcpmux\t\t1/tcp\nhttp\t\t80/tcp\t\twww\n' },
  alpine: { 'usr/share/zoneinfo/UTC': 'TZif2 UTC\n', 'usr/share/zoneinfo/Etc/UTC': link('../UTC') },
};

interface Line {
  readonly version: string;
  readonly tags: readonly string[];
  readonly flavour: 'full' | 'slim' | 'alpine';
  readonly deps: readonly [number, number];
  readonly build: readonly [number, number];
}

function python(line: Line): CatalogueImage {
  const minor = line.version.split('.').slice(0, 2).join('.');
  const base = line.flavour === 'full' ? BUILDPACK_DEPS : line.flavour === 'slim' ? DEBIAN_BOOKWORM_SLIM : ALPINE_3_21;
  return {
    repository: 'library/python',
    tags: line.tags,
    created: '2025-02-04T22:43:37Z',
    base,
    steps: [
      { createdBy: `ENV ${PATH}`, comment: BUILDKIT },
      { createdBy: 'ENV LANG=C.UTF-8', comment: BUILDKIT },
      { createdBy: line.flavour === 'alpine' ? 'RUN /bin/sh -c set -eux; 	apk add --no-cache 		ca-certificates 		tzdata 	; # buildkit' : 'RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		netbase 		tzdata 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: DEPS[line.flavour], size: line.deps[0], blobSize: line.deps[1], comment: BUILDKIT },
      { createdBy: `ENV GPG_KEY=${GPG_KEY}`, comment: BUILDKIT },
      { createdBy: `ENV PYTHON_VERSION=${line.version}`, comment: BUILDKIT },
      { createdBy: 'ENV PYTHON_SHA256=d984bcc57cd67caab26f7def42e523b1c015bbc5dc07836cf4f0b63fa159eb56', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)"; ... 	python3 --version; 	pip3 --version # buildkit', files: () => ({ ...interpreter(minor, line.flavour), ...LINKS }), size: line.build[0], blobSize: line.build[1], comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	for src in idle3 pip3 pydoc3 python3 python3-config; do 		dst="$(echo "$src" | tr -d 3)"; 		[ -s "/usr/local/bin/$src" ]; 		[ ! -e "/usr/local/bin/$dst" ]; 		ln -svT "$src" "/usr/local/bin/$dst"; 	done # buildkit', files: links(minor), size: 36, blobSize: 247, comment: BUILDKIT },
      { createdBy: 'CMD ["python3"]', comment: BUILDKIT },
    ],
    config: {
      Env: [PATH, 'LANG=C.UTF-8', `GPG_KEY=${GPG_KEY}`, `PYTHON_VERSION=${line.version}`, 'PYTHON_SHA256=d984bcc57cd67caab26f7def42e523b1c015bbc5dc07836cf4f0b63fa159eb56'],
      Cmd: ['python3'],
    },
  };
}

/** Every python image. */
export const PYTHON: readonly CatalogueImage[] = [
  python({ version: '3.13.2', tags: ['latest', '3', '3.13', '3.13.2', 'bookworm', '3.13-bookworm'], flavour: 'full', deps: [17_801_216, 6_158_240], build: [74_264_576, 24_860_221] }),
  python({ version: '3.13.2', tags: ['slim', '3-slim', '3.13-slim', '3.13.2-slim', 'slim-bookworm'], flavour: 'slim', deps: [3_510_272, 3_511_309], build: [42_905_600, 15_646_093] }),
  python({ version: '3.13.2', tags: ['alpine', '3-alpine', '3.13-alpine', '3.13.2-alpine', 'alpine3.21'], flavour: 'alpine', deps: [1_552_384, 460_245], build: [36_323_328, 13_690_027] }),
  python({ version: '3.12.9', tags: ['3.12', '3.12.9', '3.12-bookworm'], flavour: 'full', deps: [17_801_216, 6_158_240], build: [71_860_224, 24_010_512] }),
];
