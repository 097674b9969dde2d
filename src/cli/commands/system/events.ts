/**
 * @module
 * `docker events` / `docker system events` (docker CLI 28.2): its grammar, and the handler that
 * streams the daemon's events — `--since` / `--until` read as docker reads them (durations
 * against the client's clock, RFC 3339, Unix times), `--filter`, and `--format` templates
 * (validated first over an empty event: `Error parsing format: …`, exit 64). Without `--until`
 * it streams until interrupted.
 */
import type { DockerEvent } from '../../../core/events.js';
import { eventToWire } from '../../../engine-api/operations/system.js';
import { TemplateExecError } from '../../template/exec.js';
import { TemplateParseError } from '../../template/parse.js';
import { GoTemplate } from '../../template/template.js';
import { StatusError } from '../../errors.js';
import { EMPTY_EVENT, eventContext, prettyEvent } from '../../format/events.js';
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { parseDockerTimestamp } from '../../timestamp.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** docker's `makeTemplate`: `json` expands, and the template must run over an empty event. */
function eventTemplate(format: string): GoTemplate | undefined {
  if (format === '') return undefined;
  try {
    const tmpl = GoTemplate.parse(format === 'json' ? '{{json .}}' : format);
    tmpl.execute(eventContext(EMPTY_EVENT));
    return tmpl;
  } catch (e) {
    if (e instanceof TemplateParseError || e instanceof TemplateExecError) throw new StatusError(`Error parsing format: ${e.message}`, 64);
    throw e;
  }
}

/** `docker events`. */
async function runEvents({ cli, flags }: Invocation): Promise<number | void> {
  const tmpl = eventTemplate(flags.string('format'));
  const since = flags.string('since');
  const until = flags.string('until');
  const now = since !== '' || until !== '' ? await cli.now() : 0;
  const events = cli.client.systemEvents({
    ...(since !== '' ? { since: parseDockerTimestamp(since, now) } : {}),
    ...(until !== '' ? { until: parseDockerTimestamp(until, now) } : {}),
    filters: flags.filters('filter'),
    ...(cli.signal ? { signal: cli.signal } : {}),
  });
  for await (const event of events) {
    // Events as the daemon sends them: with the legacy status/id/from of container and image events.
    cli.out.write(tmpl ? `${tmpl.execute(eventContext(eventToWire(event) as DockerEvent))}\n` : prettyEvent(event));
  }
  // Interrupted (Ctrl-C): docker exits as a process killed by SIGINT would.
  if (cli.signal?.aborted) return 130;
}

/** `docker events`: Get real time events from the server */
export const eventsCommand: DockerCommand = {
  use: 'events [OPTIONS]',
  short: 'Get real time events from the server',
  aliasesText: 'docker system events, docker events',
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', INSPECT_FORMAT_HELP),
    flag.string('since', '', 'Show all events created since timestamp'),
    flag.string('until', '', 'Stream events until this timestamp'),
  ],
  run: runEvents,
};
