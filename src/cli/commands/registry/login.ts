/**
 * @module
 * `docker login` (docker CLI 28.2): its grammar, and the handler — `-u` with `-p` (and its
 * warning) or `--password-stdin`, the login kept for that registry, or the username/password
 * prompts on a terminal; `Login Succeeded`, and the credentials kept in the client (its
 * config.json) for later pulls and pushes.
 */
import { maxArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { isDockerError } from '../../../core/errors.js';
import { INDEX_SERVER, type AuthConfig } from '../../../registry/auth.js';
import { errorText } from '../../errors.js';
import { noteText } from '../../format/note.js';
import type { DockerCli } from '../../invocation.js';
import { convertToHostname, promptForCredentials, serverAddress, storeCredentials } from './credentials.js';

/** Logs in with `auth`; keeps it on success; resolves to the daemon's status text. */
async function login(cli: DockerCli, auth: AuthConfig): Promise<string> {
  const before = cli.client.credentials.get(auth.serveraddress);
  const response = await cli.client.systemAuth(auth);
  storeCredentials(cli, response.IdentityToken ? { ...auth, password: '', identitytoken: response.IdentityToken } : auth, before);
  return response.Status;
}

/** `loginWithStoredCredentials`: tries the kept login again. */
async function loginWithStored(cli: DockerCli, auth: AuthConfig): Promise<string | undefined> {
  cli.err.write(`Authenticating with existing credentials...${auth.username ? ` [Username: ${auth.username}]` : ''}\n`);
  cli.err.write(noteText("To login with a different account, run 'docker logout' followed by 'docker login'", cli.err.isTTY));
  cli.err.write('\n\n');
  try {
    return await login(cli, auth);
  } catch (error) {
    cli.err.write(isDockerError(error, 'Unauthorized') ? 'Stored credentials invalid or expired\n' : `Login did not succeed, error: ${errorText(error)}\n`);
    return undefined;
  }
}

/** docker/cli `verifyLoginFlags`. */
function verifyLoginFlags(flags: Invocation['flags']): void {
  if (flags.changed('password-stdin')) {
    if (flags.changed('password')) throw new Error('conflicting options: cannot specify both --password and --password-stdin');
    if (!flags.changed('username')) throw new Error('the --password-stdin option requires --username to be set');
  }
  if (flags.changed('username') && flags.string('username') === '') throw new Error('username is empty');
  if (flags.changed('password') && flags.string('password') === '') throw new Error('password is empty');
}

/** `docker login`: `-u` with `-p` or `--password-stdin`, or the kept login, or prompts on a terminal. */
async function runLogin({ cli, args, flags }: Invocation): Promise<void> {
  verifyLoginFlags(flags);
  const user = flags.string('username');
  let password = flags.string('password');
  if (password !== '') cli.err.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  if (flags.bool('password-stdin')) {
    if (user === '') throw new Error('username is empty');
    password = new TextDecoder().decode(await cli.in.readAll()).replace(/\n$/, '').replace(/\r$/, '');
  }
  const server = serverAddress(args[0]);
  const key = server === INDEX_SERVER ? server : convertToHostname(server);
  const stored = user === '' && password === '' ? cli.client.credentials.get(key) : undefined;
  let status: string | undefined;
  if (stored?.username && stored.password) status = await loginWithStored(cli, { ...stored, serveraddress: key });
  if (status === undefined) {
    if ((user === '' || password === '') && !cli.in.isTTY) throw new Error('Error: Cannot perform an interactive login from a non TTY device');
    // Docker Hub's web (device-code) login needs the real Hub; docker falls back to the prompt.
    if (key === INDEX_SERVER && user === '' && password === '' && !['1', 'true'].includes(cli.env['DOCKER_CLI_DISABLE_OAUTH_LOGIN'] ?? '')) {
      cli.err.write('Failed to start web-based login - falling back to command line login...\n\n');
    }
    status = await login(cli, await promptForCredentials(cli, user, password, stored?.username ?? '', key));
  }
  if (status !== '') cli.out.write(`${status}\n`);
}

/** `docker login`: Authenticate to a registry */
export const loginCommand: DockerCommand = {
  use: 'login [OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: maxArgs(1),
  annotations: { categoryTop: 8 },
  flags: [
    flag.string('password', 'p', 'Password or Personal Access Token (PAT)'),
    flag.bool('password-stdin', '', 'Take the Password or Personal Access Token (PAT) from stdin'),
    flag.string('username', 'u', 'Username'),
  ],
  run: runLogin,
};
