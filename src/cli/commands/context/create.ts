/**
 * @module
 * The grammar of `docker context create` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context create`: Create a context */
export const createCommand: DockerCommand = {
  use: 'create [OPTIONS] CONTEXT',
  short: 'Create a context',
  long: 'Create a context\n\nDocker endpoint config:\n\nNAME                DESCRIPTION\nfrom                Copy named context\'s Docker endpoint configuration\nhost                Docker endpoint on which to connect\nca                  Trust certs signed only by this CA\ncert                Path to TLS certificate file\nkey                 Path to TLS key file\nskip-tls-verify     Skip TLS certificate validation\n\nExample:\n\n$ docker context create my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"',
  args: exactArgs(1),
  flags: [
    flag.string('description', '', 'Description of the context'),
    flag.stringToString('docker', '', 'set the docker endpoint', { def: '[]' }),
    flag.string('from', '', 'create context from a named context'),
  ],
};
