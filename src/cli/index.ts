/**
 * @module
 * `dockersim/cli`: the docker CLI emulator over {@link DockerClient}: docker's command lines and
 * docker's exact output formats. Browser-safe.
 */
export { tabwrite, TABLE_WRITER, VERSION_WRITER, type TabWriterOptions } from './format/tabwriter.js';
export { formatVersion, emulatedClientVersion, type ClientVersion } from './format/version.js';
export { formatAnsic } from './format/go-time.js';
