/**
 * @module
 * Root filesystems of Debian (bookworm) and Ubuntu (noble, jammy): merged `/usr` (`/bin` →
 * `usr/bin`), `dash` as `/bin/sh`, `bash`, the GNU userland (program `coreutils`, one file per
 * tool), `apt`/`apt-get`/`dpkg` and their state, and each distribution's `/etc`.
 */
import type { SpecEntry, TreeSpec } from '../../fs/tree.js';
import { dir, exe, link, merge, osRelease, programFiles, skeleton } from './files.js';

const GNU_TOOLS =
  '[ arch b2sum base32 base64 basename basenc cat chcon chgrp chmod chown cksum comm cp csplit cut date dd df dir dircolors dirname du echo env expand expr factor false fmt fold groups head hostid id install join link ln logname ls md5sum mkdir mkfifo mknod mktemp mv nice nl nohup nproc numfmt od paste pathchk pinky pr printenv printf ptx pwd readlink realpath rm rmdir runcon seq sha1sum sha224sum sha256sum sha384sum sha512sum shred shuf sleep sort split stat stdbuf stty sum sync tac tail tee test timeout touch tr true truncate tsort tty uname unexpand uniq unlink users vdir wc who whoami yes grep egrep fgrep sed find xargs tar gzip gunzip zcat hostname which more login su kill mount umount clear';

const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

const BASHRC = `# System-wide .bashrc file for interactive bash(1) shells.
[ -z "$PS1" ] && return
shopt -s checkwinsize
if [ -z "\${debian_chroot:-}" ] && [ -r /etc/debian_chroot ]; then
    debian_chroot=$(cat /etc/debian_chroot)
fi
PS1='\${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '
`;

function dpkgStatus(packages: readonly (readonly [string, string])[]): string {
  return packages
    .map(([name, version]) => `Package: ${name}\nStatus: install ok installed\nPriority: required\nSection: admin\nArchitecture: amd64\nVersion: ${version}\nDescription: ${name}\n`)
    .join('\n');
}

/** `/etc/passwd` and `/etc/group` of Debian with extra lines (an image that adds users ships both files whole). */
export function debianAccounts(passwd: string, group: string): TreeSpec {
  return { 'etc/passwd': DEBIAN_PASSWD + passwd, 'etc/group': DEBIAN_GROUP + group };
}

/** Options of a Debian-family root filesystem. */
export interface DebianFlavour {
  readonly id: 'debian' | 'ubuntu';
  /** `12.9`, `24.04`. */
  readonly version: string;
  /** `bookworm`, `noble`. */
  readonly codename: string;
  /** The slim variant drops documentation and man pages (Debian only). */
  readonly slim?: boolean;
}

function ubuntuUsers(version: string): { passwd: string; group: string } {
  if (!version.startsWith('24')) return { passwd: DEBIAN_PASSWD, group: DEBIAN_GROUP };
  return { passwd: DEBIAN_PASSWD + 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n', group: DEBIAN_GROUP + 'ubuntu:x:1000:\n' };
}

/** The root filesystem of a Debian or Ubuntu release. */
export function debianRootfs(flavour: DebianFlavour): TreeSpec {
  const { id, version, codename } = flavour;
  const ubuntu = id === 'ubuntu';
  const users = ubuntu ? ubuntuUsers(version) : { passwd: DEBIAN_PASSWD, group: DEBIAN_GROUP };
  const release = ubuntu
    ? osRelease({ PRETTY_NAME: `Ubuntu ${version}${version === '24.04' ? '.2' : '.5'} LTS`, NAME: 'Ubuntu', VERSION_ID: version, VERSION: `${version} LTS (${codename === 'noble' ? 'Noble Numbat' : 'Jammy Jellyfish'})`, VERSION_CODENAME: codename, ID: 'ubuntu', ID_LIKE: 'debian', HOME_URL: 'https://www.ubuntu.com/', SUPPORT_URL: 'https://help.ubuntu.com/', BUG_REPORT_URL: 'https://bugs.launchpad.net/ubuntu/', UBUNTU_CODENAME: codename })
    : osRelease({ PRETTY_NAME: `Debian GNU/Linux ${version.split('.')[0]} (${codename})`, NAME: 'Debian GNU/Linux', VERSION_ID: version.split('.')[0]!, VERSION: `${version.split('.')[0]} (${codename})`, VERSION_CODENAME: codename, ID: 'debian', HOME_URL: 'https://www.debian.org/', SUPPORT_URL: 'https://www.debian.org/support', BUG_REPORT_URL: 'https://bugs.debian.org/' });
  const sources = ubuntu
    ? `Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: ${codename} ${codename}-updates ${codename}-backports\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n`
    : `Types: deb\n# http://snapshot.debian.org/archive/debian/20250224T000000Z\nURIs: http://deb.debian.org/debian\nSuites: ${codename} ${codename}-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`;
  const extra: { [path: string]: SpecEntry } = ubuntu
    ? { 'etc/lsb-release': `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${version}\nDISTRIB_CODENAME=${codename}\nDISTRIB_DESCRIPTION="Ubuntu ${version} LTS"\n`, 'etc/apt/sources.list.d/ubuntu.sources': sources, ...(version.startsWith('24') ? { 'home/ubuntu': dir(0o750, 1000) } : {}) }
    : { 'etc/debian_version': `${version}\n`, 'etc/apt/sources.list.d/debian.sources': sources };
  return merge(
    skeleton({ 'var/lib/apt/lists': dir(), 'var/cache/apt': dir(), 'var/lib/dpkg': dir(), 'var/mail': dir(0o2775, 0, 8), 'var/spool': dir(), 'var/backups': dir(), 'var/opt': dir(), 'var/local': dir(0o2775, 0, 50), 'var/run': link('/run'), 'var/lock': link('/run/lock'), boot: dir(), 'usr/local/bin': dir(), 'usr/local/sbin': dir(), 'usr/local/lib': dir(), 'usr/local/share': dir(), 'usr/games': dir() }),
    {
      bin: link('usr/bin'),
      sbin: link('usr/sbin'),
      lib: link('usr/lib'),
      lib64: link('usr/lib64'),
      'usr/bin/bash': exe('bash'),
      'usr/bin/rbash': link('bash'),
      'usr/bin/dash': exe('dash'),
      'usr/bin/sh': link('dash'),
      'usr/bin/apt': exe('apt'),
      'usr/bin/apt-get': exe('apt-get'),
      'usr/bin/apt-cache': exe('apt-get'),
      'usr/bin/apt-config': exe('apt-get'),
      'usr/bin/apt-mark': exe('apt-get'),
      'usr/bin/dpkg': exe('dpkg'),
      'usr/bin/dpkg-query': exe('dpkg'),
      'usr/sbin/nologin': exe('coreutils'),
      'usr/sbin/useradd': exe('coreutils'),
      'usr/sbin/groupadd': exe('coreutils'),
      'usr/lib64/ld-linux-x86-64.so.2': link('../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
      'usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2': { file: 'ELF glibc dynamic loader\n', mode: 0o755 },
      'usr/lib/x86_64-linux-gnu/libc.so.6': { file: 'ELF GNU C Library\n', mode: 0o755 },
      'usr/lib/os-release': release,
      'etc/os-release': link('../usr/lib/os-release'),
      'etc/passwd': users.passwd,
      'etc/group': users.group,
      'etc/shadow': { file: 'root:*:20143:0:99999:7:::\nnobody:*:20143:0:99999:7:::\n', mode: 0o640, gid: 42 },
      'etc/shells': '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n',
      'etc/bash.bashrc': BASHRC,
      'etc/profile': 'if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nelse\n  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nfi\nexport PATH\n',
      'etc/skel/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n',
      'etc/skel/.profile': '# ~/.profile: executed by the command interpreter for login shells.\n',
      'root/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n',
      'root/.profile': '# ~/.profile: executed by Bourne-compatible login shells.\n',
      'etc/issue': ubuntu ? `Ubuntu ${version} LTS \\n \\l\n\n` : `Debian GNU/Linux ${version.split('.')[0]} \\n \\l\n\n`,
      'etc/nsswitch.conf': 'passwd:         files\ngroup:          files\nshadow:         files\nhosts:          files dns\nnetworks:       files\n',
      'etc/apt/apt.conf.d/docker-clean': 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\n',
      'etc/dpkg/dpkg.cfg': '# dpkg configuration file\n',
      'var/lib/dpkg/status': dpkgStatus([
        ['base-files', ubuntu ? '13ubuntu10.2' : '12.4+deb12u9'],
        ['bash', ubuntu ? '5.2.21-2ubuntu4' : '5.2.15-2+b7'],
        ['coreutils', ubuntu ? '9.4-3ubuntu6' : '9.1-1'],
        ['dash', ubuntu ? '0.5.12-6ubuntu5' : '0.5.12-2'],
        ['apt', ubuntu ? '2.7.14build2' : '2.6.1'],
        ['dpkg', ubuntu ? '1.22.6ubuntu6.1' : '1.21.22'],
        ['grep', ubuntu ? '3.11-4build1' : '3.8-5'],
        ['sed', ubuntu ? '4.9-2build1' : '4.9-1'],
        ['tar', ubuntu ? '1.35+dfsg-3build1' : '1.34+dfsg-1.2+deb12u1'],
        ['libc6', ubuntu ? '2.39-0ubuntu8.4' : '2.36-9+deb12u9'],
      ]),
      ...(flavour.slim ? {} : { 'usr/share/doc/README': 'Documentation lives here.\n', 'usr/share/man/man1/ls.1.gz': 'man page\n' }),
      ...extra,
    },
    programFiles('usr/bin', GNU_TOOLS.split(' '), 'coreutils'),
  );
}
