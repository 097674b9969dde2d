/**
 * @module
 * What each `docker compose` subcommand does on the CLI: flags turned into the typed Compose API's
 * options, results printed as Compose prints them.
 */
import { COMPOSE_VERSION, eventJson, eventText, listProjects } from '../../../compose/index.js';
import type { ComposeApp } from '../../../compose/index.js';
import type { ParsedFlags } from '../../grammar/parsed-flags.js';
import type { DockerCli } from '../../invocation.js';
import { StatusError } from '../../errors.js';
import { formatImages, formatLs, formatPs, formatTop } from './output.js';
import { openProject } from './project-source.js';

/** One subcommand run. */
export interface ComposeInvocation {
  readonly cli: DockerCli;
  readonly globals: ParsedFlags;
  readonly flags: ParsedFlags;
  readonly args: readonly string[];
}

/** A subcommand's handler; resolves to the exit status. */
export type ComposeHandler = (inv: ComposeInvocation) => Promise<number | void>;

const services = (inv: ComposeInvocation) => (inv.args.length > 0 ? { services: inv.args } : {});
const open = (inv: ComposeInvocation, nameOnly = false): ComposeApp => openProject(inv.cli, inv.globals, { nameOnly, services: inv.args });
const int = (inv: ComposeInvocation, name: string) => (inv.flags.changed(name) ? { [name === 'wait-timeout' ? 'waitTimeout' : name]: inv.flags.number(name) } : {});

function scales(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) {
    const [name = '', n = ''] = v.split('=');
    if (!/^\d+$/.test(n)) throw new Error(`invalid --scale option ${JSON.stringify(v)}. Should be SERVICE=NUM`);
    out[name] = Number(n);
  }
  return out;
}

function env(values: readonly string[], cliEnv: { readonly [k: string]: string }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const at = v.indexOf('=');
    if (at >= 0) out[v.slice(0, at)] = v.slice(at + 1);
    else if (cliEnv[v] !== undefined) out[v] = cliEnv[v]!;
  }
  return out;
}

const imageFlags = (f: ParsedFlags) => ({
  ...(f.bool('build') ? { build: true } : {}),
  ...(f.bool('no-build') ? { noBuild: true } : {}),
  ...(f.changed('pull') && f.string('pull') !== 'policy' ? { pull: f.string('pull') } : {}),
  ...(f.bool('quiet-pull') ? { quietPull: true } : {}),
});

/** Handlers by subcommand name. */
export const HANDLERS: Readonly<Record<string, ComposeHandler>> = {
  async up(inv) {
    const f = inv.flags;
    if (f.bool('detach') && f.bool('abort-on-container-exit')) throw new Error('--abort-on-container-exit and --detach are incompatible');
    if (f.bool('no-recreate') && f.bool('force-recreate')) throw new Error('--force-recreate and --no-recreate are incompatible');
    await open(inv).up({
      ...services(inv),
      ...imageFlags(f),
      detach: f.bool('detach'),
      forceRecreate: f.bool('force-recreate'),
      noRecreate: f.bool('no-recreate'),
      alwaysRecreateDeps: f.bool('always-recreate-deps'),
      noDeps: f.bool('no-deps'),
      noStart: f.bool('no-start'),
      removeOrphans: f.bool('remove-orphans'),
      renewAnonVolumes: f.bool('renew-anon-volumes'),
      scale: scales(f.list('scale')),
      wait: f.bool('wait'),
      noLogPrefix: f.bool('no-log-prefix'),
      noColor: f.bool('no-color'),
      timestamps: f.bool('timestamps'),
      ...int(inv, 'wait-timeout'),
      ...int(inv, 'timeout'),
    });
  },
  async create(inv) {
    const f = inv.flags;
    await open(inv).create({ ...services(inv), ...imageFlags(f), forceRecreate: f.bool('force-recreate'), noRecreate: f.bool('no-recreate'), removeOrphans: f.bool('remove-orphans'), scale: scales(f.list('scale')) });
  },
  async down(inv) {
    const f = inv.flags;
    const rmi = f.string('rmi');
    if (rmi !== '' && rmi !== 'local' && rmi !== 'all') throw new Error(`invalid value for --rmi: ${rmi}`);
    await open(inv, true).down({ ...services(inv), volumes: f.bool('volumes'), removeOrphans: f.bool('remove-orphans'), ...(rmi ? { rmi } : {}), ...int(inv, 'timeout') });
  },
  async ps(inv) {
    const f = inv.flags;
    const status = [...f.list('status'), ...(f.string('filter').startsWith('status=') ? [f.string('filter').slice('status='.length)] : [])];
    const app = open(inv, true);
    const rows = await app.ps({ ...services(inv), all: f.bool('all'), status, orphans: f.bool('orphans') });
    inv.cli.out.write(formatPs(rows, { format: f.string('format'), quiet: f.bool('quiet'), services: f.bool('services'), trunc: !f.bool('no-trunc'), now: await inv.cli.now() }));
  },
  async logs(inv) {
    const f = inv.flags;
    const tail = f.string('tail');
    await open(inv, true).logs({ ...services(inv), follow: f.bool('follow'), timestamps: f.bool('timestamps'), noColor: f.bool('no-color'), noLogPrefix: f.bool('no-log-prefix'), ...(tail !== 'all' && tail !== '' ? { tail: Number.parseInt(tail, 10) } : {}), ...(f.changed('index') ? { index: f.number('index') } : {}) });
  },
  start: async (inv) => open(inv, true).start({ ...services(inv), wait: inv.flags.bool('wait'), ...int(inv, 'wait-timeout') }),
  stop: async (inv) => open(inv, true).stop({ ...services(inv), ...int(inv, 'timeout') }),
  restart: async (inv) => open(inv, true).restart({ ...services(inv), ...int(inv, 'timeout') }),
  kill: async (inv) => open(inv, true).kill({ ...services(inv), signal: inv.flags.string('signal') }),
  pause: async (inv) => open(inv, true).pause(services(inv)),
  unpause: async (inv) => open(inv, true).unpause(services(inv)),
  async rm(inv) {
    const f = inv.flags;
    // Without -f Compose asks `Going to remove … Are you sure? [yN]`; a CLI without a terminal answers no.
    if (!f.bool('force') && !inv.cli.in.isTTY) throw new Error('No stopped containers');
    await open(inv, true).rm({ ...services(inv), stop: f.bool('stop'), volumes: f.bool('volumes') });
  },
  async exec(inv) {
    const [service, ...command] = inv.args;
    if (!service || command.length === 0) throw new StatusError(`"docker compose exec" requires at least 2 arguments.`, 1);
    const f = inv.flags;
    return open(inv).exec({ service, command, env: f.list('env'), detach: f.bool('detach'), tty: !f.bool('no-TTY') && inv.cli.out.isTTY, privileged: f.bool('privileged'), ...(f.string('user') ? { user: f.string('user') } : {}), ...(f.string('workdir') ? { workdir: f.string('workdir') } : {}), ...(f.changed('index') ? { index: f.number('index') } : {}), ...(f.bool('interactive') && !f.bool('detach') ? { stdin: inv.cli.in } : {}) });
  },
  async run(inv) {
    const [service, ...command] = inv.args;
    if (!service) throw new StatusError('"docker compose run" requires at least 1 argument.', 1);
    const f = inv.flags;
    return open(inv).run({
      service,
      ...(command.length > 0 ? { command } : {}),
      ...(f.string('entrypoint') ? { entrypoint: [f.string('entrypoint')] } : {}),
      env: env(f.list('env'), inv.cli.env),
      labels: env(f.list('label'), {}),
      ...(f.string('name') ? { name: f.string('name') } : {}),
      ...(f.string('user') ? { user: f.string('user') } : {}),
      ...(f.string('workdir') ? { workdir: f.string('workdir') } : {}),
      remove: f.bool('rm'),
      detach: f.bool('detach'),
      noDeps: f.bool('no-deps'),
      servicePorts: f.bool('service-ports'),
      useAliases: f.bool('use-aliases'),
      tty: inv.cli.in.isTTY && !f.changed('no-TTY'),
      ...(f.bool('interactive') && !f.bool('detach') && inv.cli.in.isTTY ? { stdin: inv.cli.in } : {}),
    });
  },
  async config(inv) {
    const f = inv.flags;
    const app = open(inv);
    const p = app.project;
    const out = inv.cli.out;
    if (f.bool('quiet')) return;
    if (f.bool('services')) return out.write(Object.keys(p.services).sort().map((s) => `${s}\n`).join(''));
    if (f.bool('volumes')) return out.write(Object.keys(p.volumes).sort().map((s) => `${s}\n`).join(''));
    if (f.bool('networks')) return out.write(Object.keys(p.networks).sort().map((s) => `${s}\n`).join(''));
    if (f.bool('profiles')) return out.write([...new Set(Object.values({ ...p.services, ...p.disabledServices }).flatMap((s) => s.profiles ?? []))].sort().map((s) => `${s}\n`).join(''));
    if (f.bool('images')) return out.write(Object.values(p.services).map((s) => `${s.image ?? `${p.name}-${s.name}`}\n`).join(''));
    if (f.changed('hash')) {
      const wanted = f.string('hash') === '*' ? [] : f.string('hash').split(',');
      return out.write(Object.entries(app.configHashes(wanted)).map(([s, h]) => `${s} ${h}\n`).join(''));
    }
    const format = f.string('format');
    if (format !== 'yaml' && format !== 'json') throw new Error(`unsupported format "${format}"`);
    out.write(app.config(format));
  },
  async ls(inv) {
    const f = inv.flags;
    const projects = await listProjects(inv.cli.client, { all: f.bool('all'), names: f.filters('filter')['name'] ?? [] });
    inv.cli.out.write(formatLs(projects, { format: f.string('format'), quiet: f.bool('quiet') }));
  },
  top: async (inv) => inv.cli.out.write(formatTop(await open(inv, true).top(inv.args))),
  async images(inv) {
    const images = await open(inv, true).images(inv.args);
    inv.cli.out.write(formatImages(images, { format: inv.flags.string('format'), quiet: inv.flags.bool('quiet') }));
  },
  async port(inv) {
    const [service, privatePort] = inv.args;
    if (!service || !privatePort) throw new StatusError('"docker compose port" requires exactly 2 arguments.', 1);
    const f = inv.flags;
    inv.cli.out.write(`${await open(inv).port(service, Number.parseInt(privatePort, 10), { protocol: f.string('protocol'), ...(f.changed('index') ? { index: f.number('index') } : {}) })}\n`);
  },
  events: async (inv) => open(inv, true).events((e) => inv.cli.out.write(`${inv.flags.bool('json') ? eventJson(e) : eventText(e)}\n`), inv.args),
  pull: async (inv) => open(inv).pull({ ...services(inv), ignorePullFailures: inv.flags.bool('ignore-pull-failures'), quiet: inv.flags.bool('quiet') }),
  push: async (inv) => open(inv).push({ ...services(inv), ignorePushFailures: inv.flags.bool('ignore-push-failures') }),
  build: async (inv) => open(inv).build({ ...services(inv), noCache: inv.flags.bool('no-cache'), pull: inv.flags.bool('pull') }),
  async scale(inv) {
    await open(inv).up({ detach: true, scale: scales(inv.args), services: inv.args.map((a) => a.split('=')[0]!), noDeps: inv.flags.bool('no-deps') });
  },
  async version(inv) {
    const f = inv.flags;
    if (f.bool('short')) return inv.cli.out.write(`${COMPOSE_VERSION}\n`);
    if (f.string('format') === 'json') return inv.cli.out.write(`{"version":"v${COMPOSE_VERSION}"}\n`);
    inv.cli.out.write(`Docker Compose version v${COMPOSE_VERSION}\n`);
  },
};
