/**
 * @module
 * `nicolaka/netshoot`: the network troubleshooting toolbox on Alpine — `bash` (also standing in
 * for its default `zsh`), `curl`, `dig`, `nslookup`, `ping` and friends, `WORKDIR /root`.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { ALPINE_3_21 } from './alpine.js';
import { exe, link } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

const TOOLS: TreeSpec = {
  'bin/bash': exe('bash'),
  'bin/zsh': exe('bash', '# dockersim runs zsh as bash\n'),
  'usr/bin/curl': exe('curl'),
  'usr/bin/dig': exe('dig'),
  'usr/bin/nslookup': exe('nslookup'),
  'usr/bin/host': exe('dig'),
  'bin/ping': exe('ping'),
  'bin/ping6': link('ping'),
  'usr/bin/wget': exe('busybox'),
  'usr/bin/nc': exe('busybox'),
  'usr/sbin/tcpdump': exe('tcpdump'),
  'usr/bin/iperf3': exe('iperf3'),
  'usr/sbin/iftop': exe('iftop'),
  'usr/bin/jq': exe('jq'),
  'usr/bin/mtr': exe('mtr'),
  'usr/bin/traceroute': exe('busybox'),
  'etc/shells': '# valid login shells\n/bin/sh\n/bin/ash\n/bin/bash\n/bin/zsh\n',
  'root/.zshrc': '# netshoot\nPROMPT="%n@%m %~ %# "\n',
  'root/motd': 'Welcome to Netshoot! (github.com/nicolaka/netshoot)\n',
};

/** nicolaka/netshoot:latest. */
export const NETSHOOT: readonly CatalogueImage[] = [
  {
    repository: 'nicolaka/netshoot',
    tags: ['latest', 'v0.13'],
    created: '2024-08-26T18:27:21Z',
    base: ALPINE_3_21,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -ex     && echo "http://dl-cdn.alpinelinux.org/alpine/edge/main" >> /etc/apk/repositories     && apk update     && apk upgrade     && apk add --no-cache     apache2-utils     bash     bind-tools     bird     bridge-utils     busybox-extras     conntrack-tools     curl     dhcping     drill     ethtool     file    fping     iftop     iperf     iperf3     iproute2     ipset     iptables     iptraf-ng     iputils     ipvsadm     jq ... # buildkit', files: TOOLS, size: 293_998_592, blobSize: 110_231_980, comment: BUILDKIT },
      { createdBy: 'COPY /tmp/ctop /usr/local/bin/ctop # buildkit', files: { 'usr/local/bin/ctop': exe('ctop') }, size: 10_977_280, blobSize: 4_297_012, comment: BUILDKIT },
      { createdBy: 'COPY /tmp/calicoctl /usr/local/bin/calicoctl # buildkit', files: { 'usr/local/bin/calicoctl': exe('calicoctl') }, size: 70_799_360, blobSize: 27_131_440, comment: BUILDKIT },
      { createdBy: 'COPY /tmp/termshark /usr/local/bin/termshark # buildkit', files: { 'usr/local/bin/termshark': exe('termshark') }, size: 27_013_120, blobSize: 10_519_304, comment: BUILDKIT },
      { createdBy: 'COPY /tmp/grpcurl /usr/local/bin/grpcurl # buildkit', files: { 'usr/local/bin/grpcurl': exe('grpcurl') }, size: 25_944_064, blobSize: 10_102_660, comment: BUILDKIT },
      { createdBy: 'WORKDIR /root', files: { root: { dir: true, mode: 0o700 } }, size: 0, blobSize: 93, comment: BUILDKIT },
      { createdBy: 'ENV HOSTNAME=netshoot', comment: BUILDKIT },
      { createdBy: 'CMD ["zsh"]', comment: BUILDKIT },
    ],
    config: { Env: [DEFAULT_PATH, 'HOSTNAME=netshoot'], Cmd: ['zsh'], WorkingDir: '/root' },
  },
];
