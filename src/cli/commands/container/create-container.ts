/**
 * @module
 * docker/cli's `createContainer`, shared by `docker run` and `docker create`: the `--cidfile`
 * check, `--pull always`, the create request, and on a 404 (`--pull missing`, the default)
 * `Unable to find image 'alpine:latest' locally` on stderr, the pull (its progress on stderr too)
 * and the same request again; then the daemon's warnings as `WARNING: …` and the id in the
 * cidfile.
 */
import { isDockerError } from '../../../core/errors.js';
import { tagNameOnly } from '../../../reference/format.js';
import { hostFileExists, writeHostFile } from '../../host-files.js';
import type { DockerCli } from '../../invocation.js';
import { anyNamed, familiarTagged } from '../../references.js';
import { pullImage } from '../image/pull-image.js';
import type { CreateConfig } from './create-config.js';

/** Creates the container of `config`, pulling its image when needed; resolves to its id. */
export async function createContainer(cli: DockerCli, config: CreateConfig): Promise<string> {
  if (config.cidfile !== '' && hostFileExists(cli, config.cidfile)) {
    throw new Error(`container ID file found, make sure the other container isn't running or delete ${config.cidfile}`);
  }
  const named = anyNamed(config.request.Image);
  const ref = named ? tagNameOnly(named) : undefined;
  const pull = async () => {
    if (ref) await pullImage(cli, ref, { out: config.quiet ? undefined : cli.err, platform: config.platform });
  };
  if (config.pull === 'always') await pull();
  const options = { ...(config.name !== '' ? { name: config.name } : {}), ...(config.platform !== '' ? { platform: config.platform } : {}) };
  let response;
  try {
    response = await cli.client.containerCreate(config.request, options);
  } catch (error) {
    if (!(isDockerError(error, 'NotFound') && ref && config.pull === 'missing')) throw error;
    if (!config.quiet) cli.err.write(`Unable to find image '${familiarTagged(ref)}' locally\n`);
    await pull();
    response = await cli.client.containerCreate(config.request, options);
  }
  const warnings = [...(response.Warnings ?? []), ...localhostDnsWarning(config)];
  for (const warning of warnings) cli.err.write(`WARNING: ${warning}\n`);
  if (config.cidfile !== '') writeHostFile(cli, config.cidfile, response.Id);
  return response.Id;
}

/** docker/cli `localhostDNSWarning`: a loopback `--dns` server will not work from a container. */
function localhostDnsWarning(config: CreateConfig): string[] {
  const dns = (config.request.HostConfig?.Dns ?? []) as readonly string[];
  const loopback = dns.find((ip) => /^127\./.test(ip) || ip === '::1');
  return loopback === undefined ? [] : [`Localhost DNS (${loopback}) may fail in containers.`];
}
