/**
 * @module
 * The Alpine Linux mini root filesystem: `/bin/busybox` with its applets as symlinks (program
 * `busybox`), `apk` (program `apk`) and its database, musl, and Alpine's `/etc`.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { dir, exe, link, links, merge, osRelease, skeleton } from './files.js';

const BIN = 'arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df dmesg dnsdomainname dumpkmap echo egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip hostname ionice iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls lsattr lzop makemime mkdir mknod mktemp more mount mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress printenv ps pwd reformime rev rm rmdir run-parts sed setpriv setserial sh sleep stat stty su sync tar touch true umount uname usleep watch zcat';
const SBIN = 'acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkswap modinfo modprobe nameif nologin pivot_root poweroff raidautorun reboot rmmod route setconsole slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig watchdog';
const USR_BIN = '[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt cksum clear cmp comm cpio crontab cryptpw cut dc deallocvt diff dirname dos2unix du eject env expand expr factor fallocate find flock fold free fuser groups hd head hexdump hostid id install ipcrm ipcs killall last less logger lsof lsusb lzcat lzma md5sum mesg microcom mkfifo mkpasswd nc nl nmeter nohup nproc nsenter nslookup od openvt paste pgrep pkill pmap printf pscan pstree pwdx readlink realpath renice reset resize seq setkeycodes setsid sha1sum sha256sum sha3sum sha512sum showkey shred shuf sort split strings sum tac tail tee test time timeout top tr traceroute traceroute6 tree truncate tty ttysize udhcpc6 unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime uudecode uuencode vi vlock volname wc wget which whoami whois xargs xxd xzcat yes';
const USR_SBIN = 'add-shell addgroup adduser arping brctl chpasswd chroot crond delgroup deluser fbset killall5 loadfont nanddump nandwrite nbd-client ntpd partprobe rdate readahead remove-shell rfkill sendmail setfont setlogcons';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
console:x:17:
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const WORLD = 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\nmusl-utils\n';

function apkDb(release: string): string {
  const pkg = (name: string, version: string, desc: string) => `C:Q1${name.length}dockersim=\nP:${name}\nV:${version}\nA:x86_64\nT:${desc}\nU:https://alpinelinux.org\nL:GPL-2.0-only\no:${name}\nm:Natanael Copa <ncopa@alpinelinux.org>\n`;
  return [
    pkg('musl', '1.2.5-r9', 'the musl c library (libc) implementation'),
    pkg('busybox', '1.37.0-r12', 'Size optimized toolbox of many common UNIX utilities'),
    pkg('busybox-binsh', '1.37.0-r12', 'busybox ash /bin/sh'),
    pkg('alpine-baselayout', '3.6.8-r1', 'Alpine base dir structure and init scripts'),
    pkg('alpine-release', `${release}-r0`, 'Alpine release data'),
    pkg('apk-tools', '2.14.6-r3', 'Alpine Package Keeper - package manager for alpine'),
    pkg('ca-certificates-bundle', '20241121-r1', 'Pre generated bundle of Mozilla certificates'),
    pkg('libcrypto3', '3.3.3-r0', 'Crypto library from openssl'),
    pkg('libssl3', '3.3.3-r0', 'SSL shared libraries'),
    pkg('zlib', '1.3.1-r2', 'A compression/decompression Library'),
  ].join('\n');
}

/** `/etc/passwd` and `/etc/group` of Alpine with extra lines (an image that adds users ships both files whole). */
export function alpineAccounts(passwd: string, group: string): TreeSpec {
  return { 'etc/passwd': PASSWD + passwd, 'etc/group': GROUP + group };
}

/** The Alpine mini root filesystem of `release` (`3.21.3`). */
export function alpineRootfs(release: string): TreeSpec {
  const branch = release.split('.').slice(0, 2).join('.');
  return merge(
    skeleton({ 'var/empty': dir(0o555), 'var/spool/cron/crontabs': dir(0o700), 'var/mail': dir(), 'var/run': link('/run'), 'var/lock': link('/run/lock'), 'var/opt': dir(), 'var/local': dir(), 'var/spool': dir(), 'etc/apk/keys': dir(), 'etc/opt': dir(), 'etc/periodic/daily': dir(), 'etc/profile.d': dir(), 'home': dir() }),
    {
      'bin/busybox': exe('busybox'),
      'sbin/apk': exe('apk'),
      'sbin/ldconfig': { file: '#!/bin/sh\nexit 0\n', mode: 0o755 },
      'lib/ld-musl-x86_64.so.1': { file: 'ELF musl libc (x86_64)\n', mode: 0o755 },
      'lib/libc.musl-x86_64.so.1': link('ld-musl-x86_64.so.1'),
      'lib/libz.so.1': link('libz.so.1.3.1'),
      'lib/libz.so.1.3.1': { file: 'ELF zlib\n', mode: 0o755 },
      'lib/apk/db/installed': apkDb(release),
      'lib/apk/db/lock': '',
      'lib/apk/db/scripts.tar': '',
      'lib/apk/db/triggers': '',
      'usr/lib/libcrypto.so.3': { file: 'ELF libcrypto\n', mode: 0o755 },
      'usr/lib/libssl.so.3': { file: 'ELF libssl\n', mode: 0o755 },
      'usr/bin/getent': { file: '#!dockersim busybox\n', mode: 0o755 },
      'usr/bin/ldd': { file: '#!/bin/sh\nexec /lib/ld-musl-x86_64.so.1 --list "$@"\n', mode: 0o755 },
      'usr/bin/ssl_client': exe('busybox'),
      'etc/alpine-release': `${release}\n`,
      'etc/os-release': osRelease({ NAME: 'Alpine Linux', ID: 'alpine', VERSION_ID: release, PRETTY_NAME: `Alpine Linux v${branch}`, HOME_URL: 'https://alpinelinux.org/', BUG_REPORT_URL: 'https://gitlab.alpinelinux.org/alpine/aports/-/issues' }),
      'etc/passwd': PASSWD,
      'etc/group': GROUP,
      'etc/shadow': { file: 'root:*::0:::::\nnobody:!::0:::::\n', mode: 0o640, gid: 42 },
      'etc/hostname': 'localhost\n',
      'etc/hosts': '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n',
      'etc/shells': '# valid login shells\n/bin/sh\n/bin/ash\n',
      'etc/profile': 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n',
      'etc/motd': 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n',
      'etc/issue': `Welcome to Alpine Linux ${branch}\nKernel \\r on an \\m (\\l)\n\n`,
      'etc/apk/world': WORLD,
      'etc/apk/arch': 'x86_64\n',
      'etc/apk/repositories': `https://dl-cdn.alpinelinux.org/alpine/v${branch}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${branch}/community\n`,
      'etc/nsswitch.conf': 'hosts: files dns\n',
      'etc/inittab': '::sysinit:/sbin/openrc sysinit\n::wait:/sbin/openrc default\n::ctrlaltdel:/sbin/reboot\n::shutdown:/sbin/openrc shutdown\n',
      'etc/fstab': '/dev/cdrom\t/media/cdrom\tiso9660\tnoauto,ro 0 0\n/dev/usbdisk\t/media/usb\tvfat\tnoauto,ro 0 0\n',
      'etc/securetty': 'console\ntty1\ntty2\n',
      'etc/ssl/certs/ca-certificates.crt': '-----BEGIN CERTIFICATE-----\n(dockersim: Mozilla CA bundle)\n-----END CERTIFICATE-----\n',
      'etc/ssl/openssl.cnf': 'openssl_conf = openssl_init\n',
      'etc/crontabs/root': '# do daily/weekly/monthly maintenance\n# min\thour\tday\tmonth\tweekday\tcommand\n*/15\t*\t*\t*\t*\trun-parts /etc/periodic/15min\n0\t*\t*\t*\t*\trun-parts /etc/periodic/hourly\n0\t2\t*\t*\t*\trun-parts /etc/periodic/daily\n',
    },
    links('bin', BIN.split(' '), '/bin/busybox'),
    links('sbin', SBIN.split(' '), '/bin/busybox'),
    links('usr/bin', USR_BIN.split(' '), '/bin/busybox'),
    links('usr/sbin', USR_SBIN.split(' '), '/bin/busybox'),
    { 'usr/local/bin': dir(), 'usr/local/lib': dir(), 'usr/local/share': dir(), 'usr/share/apk/keys': dir() },
  );
}
