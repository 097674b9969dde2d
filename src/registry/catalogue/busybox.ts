/**
 * @module
 * `busybox`: the single-binary userland — `/bin/busybox` and one file per applet (the real image
 * hard-links them; each file here names program `busybox`, which dispatches on argv[0]).
 */
import type { TreeSpec } from '../../fs/tree.js';
import { dir, merge, programFiles } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

const APPLETS =
  '[ [[ acpid addgroup adduser adjtimex ar arch arp arping ash awk base32 base64 basename bc blkid blockdev bunzip2 bzcat bzip2 cal cat chgrp chmod chown chroot chvt cksum clear cmp comm cp cpio crond crontab cut date dc dd deallocvt delgroup deluser df diff dirname dmesg dnsdomainname dos2unix du dumpkmap echo ed egrep env expand expr factor fallocate false fdisk fgrep find flock fold free fsync ftpget ftpput fuser getopt grep groups gunzip gzip halt hd head hexdump hostid hostname httpd hwclock id ifconfig ifdown ifup init insmod install ip ipcalc kill killall klogd last less link linux32 linux64 ln logger login logname ls lsmod lsof lzcat md5sum mkdir mkfifo mknod mkpasswd mktemp modinfo modprobe more mount mv nc netstat nice nl nohup nproc nslookup od passwd paste patch pgrep pidof ping ping6 pivot_root pkill poweroff printenv printf ps pwd readlink realpath reboot renice reset rev rm rmdir route run-parts sed seq sh sha1sum sha256sum sha512sum shred shuf sleep sort split stat strings stty su sum swapoff swapon sync sysctl tac tail tar tee telnet test time timeout top touch tr traceroute true truncate tty udhcpc umount uname uniq unix2dos unlink unshare unzip uptime usleep uudecode uuencode vi watch wc wget which who whoami xargs xxd yes zcat';

function rootfs(): TreeSpec {
  return merge(
    { 'bin/busybox': { file: '#!dockersim busybox\n', mode: 0o755 } },
    programFiles('bin', APPLETS.split(' '), 'busybox'),
    {
      'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
      'etc/group': 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nmail:x:8:\nwww-data:x:33:\nusers:x:100:\nnogroup:x:65534:\n',
      'etc/shadow': { file: 'root:*:10933:0:99999:7:::\n', mode: 0o600 },
      'etc/localtime': 'UTC0\n',
      'etc/network/if-up.d': dir(),
      home: dir(),
      root: dir(0o700),
      tmp: dir(0o1777),
      'usr/sbin': dir(),
      var: dir(),
      'var/spool/mail': dir(),
      'var/www': dir(),
      dev: dir(),
      proc: dir(0o555),
      sys: dir(0o555),
    },
  );
}

/** busybox:latest (1.37.0, glibc). */
export const BUSYBOX: readonly CatalogueImage[] = [
  {
    repository: 'library/busybox',
    tags: ['latest', '1', '1.37', '1.37.0', 'stable', 'glibc', '1.37.0-glibc'],
    created: '2024-09-26T21:31:42Z',
    steps: [
      { createdBy: 'BusyBox 1.37.0 (glibc), Debian 12', files: rootfs, size: 4_269_568, blobSize: 2_152_262 },
      { createdBy: 'CMD ["sh"]', comment: BUILDKIT },
    ],
    config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
  },
];
