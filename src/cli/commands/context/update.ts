/**
 * @module
 * The grammar of `docker context update` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context update`: Update a context */
export const updateCommand: DockerCommand = {
  use: 'update [OPTIONS] CONTEXT',
  short: 'Update a context',
  long: 'Update a context\n\nDocker endpoint config:\n\nNAME                DESCRIPTION\nfrom                Copy named context\'s Docker endpoint configuration\nhost                Docker endpoint on which to connect\nca                  Trust certs signed only by this CA\ncert                Path to TLS certificate file\nkey                 Path to TLS key file\nskip-tls-verify     Skip TLS certificate validation\n\nExample:\n\n$ docker context update my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"',
  args: exactArgs(1),
  flags: [
    flag.string('description', '', 'Description of the context'),
    flag.stringToString('docker', '', 'set the docker endpoint', { def: '[]' }),
  ],
};
