/**
 * @module
 * The files nginx's packages and the official image put in place: `/usr/sbin/nginx` (program
 * `nginx`), the default `nginx.conf` and `conf.d/default.conf`, the welcome and error pages,
 * `/docker-entrypoint.sh` (program `docker-entrypoint-nginx`) and its `/docker-entrypoint.d`
 * scripts, and the log links to the container's stdout/stderr.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { dir, exe, link, script } from './files.js';

/** `/etc/nginx/nginx.conf` as packaged. */
export const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`.slice(1);

/** `/etc/nginx/conf.d/default.conf` as packaged (the entrypoint adds the IPv6 listen line at start). */
export const DEFAULT_CONF = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;

/** nginx's two stock pages share their head and style. */
function stockPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html>
<head>
<title>${title}</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
${body}</body>
</html>
`;
}

/** The welcome page, `/usr/share/nginx/html/index.html`. */
export const INDEX_HTML = stockPage(
  'Welcome to nginx!',
  `<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
`,
);

/** The error page, `/usr/share/nginx/html/50x.html`. */
export const ERROR_HTML = stockPage(
  'Error',
  `<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
`,
);

const MIME_TYPES = `
types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/xml                                         xml;
    image/gif                                        gif;
    image/jpeg                                       jpeg jpg;
    application/javascript                           js;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    image/x-icon                                     ico;
    application/json                                 json;
    application/octet-stream                         bin exe dll;
}
`.slice(1);

/** The nginx package: binary, configuration, pages, logs. */
export function nginxPackage(version: string): TreeSpec {
  return {
    'usr/sbin/nginx': exe('nginx', `# nginx version: nginx/${version}\n`),
    'usr/sbin/nginx-debug': exe('nginx'),
    'etc/nginx/nginx.conf': NGINX_CONF,
    'etc/nginx/conf.d/default.conf': DEFAULT_CONF,
    'etc/nginx/mime.types': MIME_TYPES,
    'etc/nginx/fastcgi_params': 'fastcgi_param  QUERY_STRING       $query_string;\nfastcgi_param  REQUEST_METHOD     $request_method;\n',
    'etc/nginx/scgi_params': 'scgi_param  REQUEST_METHOD     $request_method;\n',
    'etc/nginx/uwsgi_params': 'uwsgi_param  QUERY_STRING       $query_string;\n',
    'etc/nginx/modules': link('/usr/lib/nginx/modules'),
    'usr/lib/nginx/modules': dir(),
    'usr/share/nginx/html/index.html': INDEX_HTML,
    'usr/share/nginx/html/50x.html': ERROR_HTML,
    'var/cache/nginx': dir(),
    'var/log/nginx': dir(),
    'var/log/nginx/access.log': link('/dev/stdout'),
    'var/log/nginx/error.log': link('/dev/stderr'),
    'usr/bin/envsubst': exe('envsubst'),
    'docker-entrypoint.d': dir(),
  };
}

/** The logging helper every entrypoint script defines. */
const LOG = `entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}
`;

const IPV6 = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

${LOG}
ME=$(basename "$0")
DEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"

entrypoint_log "$ME: info: Getting the checksum of /$DEFAULT_CONF_FILE"
entrypoint_log "$ME: info: Enabled listen on IPv6 in /$DEFAULT_CONF_FILE"

exit 0
`;

/** How the two-space-indented scripts begin. */
const STRICT = `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
`;

const RESOLVERS = `${STRICT}PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[ "\${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0

NGINX_LOCAL_RESOLVERS=$(awk 'BEGIN{ORS=" "} $1=="nameserver" {print $2}' /etc/resolv.conf)
export NGINX_LOCAL_RESOLVERS
`;

const TEMPLATES = `#!/bin/sh

set -e

ME=$(basename "$0")

${LOG}
template_dir="\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"
[ -d "$template_dir" ] || exit 0
entrypoint_log "$ME: Running envsubst on templates in $template_dir"
exit 0
`;

const WORKERS = `${STRICT}ME=$(basename "$0")
PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[ "\${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0

exit 0
`;

/** The official image's entrypoint and its scripts, one spec per COPY step. */
export const NGINX_ENTRYPOINT = {
  entrypoint: { 'docker-entrypoint.sh': exe('docker-entrypoint-nginx') } as TreeSpec,
  ipv6: { 'docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': script(IPV6, 0o775) } as TreeSpec,
  resolvers: { 'docker-entrypoint.d/15-local-resolvers.envsh': script(RESOLVERS, 0o775) } as TreeSpec,
  templates: { 'docker-entrypoint.d/20-envsubst-on-templates.sh': script(TEMPLATES, 0o775) } as TreeSpec,
  workers: { 'docker-entrypoint.d/30-tune-worker-processes.sh': script(WORKERS, 0o775) } as TreeSpec,
};
