/**
 * @module
 * How `docker login` finds and keeps credentials (docker/cli `GetDefaultAuthConfig`,
 * `PromptUserForCredentials`, the file credential store): Docker Hub is
 * `https://index.docker.io/v1/`, other registries are keyed by hostname; prompts read stdin
 * (the password one with echo off); storing a password (not a token) for the first time prints
 * docker's warning that it is kept unencrypted in `config.json`.
 */
import type { AuthConfig } from '../../../registry/auth.js';
import { INDEX_SERVER } from '../../../registry/auth.js';
import { noteText } from '../../format/note.js';
import type { DockerCli } from '../../invocation.js';
import { configDir } from '../../tree.js';

const REGISTER_SUGGEST =
  "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
const PAT_SUGGEST =
  'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/';

/** docker/cli `credentials.ConvertToHostname`: `https://host:5000/v2/` → `host:5000`. */
export function convertToHostname(address: string): string {
  return address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0]!;
}

/** The server a login or logout is about: the argument, else Docker Hub. */
export function serverAddress(arg: string | undefined): string {
  return arg && arg !== 'docker.io' ? arg : INDEX_SERVER;
}

/** Reads one answer from stdin after printing `message` on stdout (`prompt.ReadInput`). */
async function readInput(cli: DockerCli, message: string): Promise<string> {
  cli.out.write(message);
  return ((await cli.in.readLine()) ?? '').trim();
}

/** `PromptUserForCredentials`: asks for what `-u` / `-p` did not give. */
export async function promptForCredentials(cli: DockerCli, user: string, password: string, defaultUser: string, server: string): Promise<AuthConfig> {
  let username = user.trim();
  if (username === '') {
    if (server === INDEX_SERVER) {
      cli.out.write(`${REGISTER_SUGGEST}\n`);
      if ((cli.env['DOCKER_CLI_HINTS'] ?? 'true') !== 'false') cli.out.write(`${PAT_SUGGEST}\n\n`);
    }
    username = await readInput(cli, defaultUser === '' ? 'Username: ' : `Username (${defaultUser}): `);
    if (username === '') username = defaultUser;
    if (username === '') throw new Error('Error: Non-null Username Required');
  }
  let secret = password.trim();
  if (secret === '') {
    // docker underlines the link whatever the output is.
    if (server === INDEX_SERVER) cli.err.write(noteText('A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit \x1b[4mhttps://app.docker.com/settings\x1b[0m\n\n', cli.err.isTTY));
    secret = await readInput(cli, 'Password: ');
    cli.out.write('\n');
    if (secret === '') throw new Error('Error: Password Required');
  }
  return { username, password: secret, serveraddress: server };
}

/** Keeps `auth` in the client's store; a first or changed password (against `before`) gets docker's warning. */
export function storeCredentials(cli: DockerCli, auth: AuthConfig, before: AuthConfig | undefined): void {
  const changed = !before || before.username !== auth.username || before.password !== auth.password;
  cli.client.credentials.set(auth.serveraddress, auth);
  if (changed && auth.password) {
    cli.err.write(`\nWARNING! Your credentials are stored unencrypted in '${configDir(cli.env)}/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`);
  }
}
