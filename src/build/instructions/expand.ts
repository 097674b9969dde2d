/**
 * @module
 * Which arguments of which instruction get variables substituted (BuildKit's `Expand` methods,
 * which the classic builder calls before each step): ENV and LABEL keys and values (not labels
 * from `--label`), ADD/COPY sources, destination, `--chown`, `--chmod` (and ADD's `--checksum`;
 * never COPY's `--from`), WORKDIR, USER, VOLUME, STOPSIGNAL, ARG names and defaults, and RUN's
 * `--mount` values. CMD, ENTRYPOINT, SHELL, HEALTHCHECK, MAINTAINER and ONBUILD are left as
 * written (the shell, if any, expands them when the container runs); EXPOSE splits words and is
 * handled by the builder. See https://docs.docker.com/reference/dockerfile/#environment-replacement.
 */
import { parseMount } from './run-mount.js';
import type { Instruction, KeyValuePair } from './types.js';

/** Substitutes one word (a bound {@link ShellLex.processWord}). */
export type Expander = (word: string) => string;

const pairs = (list: readonly KeyValuePair[], expand: Expander): KeyValuePair[] =>
  list.map((p) => ({ key: expand(p.key), value: expand(p.value), noDelim: p.noDelim }));

/** The instruction with its expandable arguments substituted; the others are returned unchanged. */
export function expandInstruction<T extends Instruction>(instruction: T, expand: Expander): T {
  return expandAny(instruction, expand) as T;
}

function expandAny(c: Instruction, expand: Expander): Instruction {
  switch (c.instruction) {
    case 'ENV':
      return { ...c, env: pairs(c.env, expand) };
    case 'LABEL':
      return c.noExpand ? c : { ...c, labels: pairs(c.labels, expand) };
    case 'ADD': {
      const chown = expand(c.chown);
      const chmod = expand(c.chmod);
      const checksum = expand(c.checksum);
      return { ...c, chown, chmod, checksum, sources: c.sources.map(expand), dest: expand(c.dest) };
    }
    case 'COPY': {
      const chown = expand(c.chown);
      const chmod = expand(c.chmod);
      return { ...c, chown, chmod, sources: c.sources.map(expand), dest: expand(c.dest) };
    }
    case 'WORKDIR':
      return { ...c, path: expand(c.path) };
    case 'USER':
      return { ...c, user: expand(c.user) };
    case 'VOLUME':
      return { ...c, volumes: c.volumes.map(expand) };
    case 'STOPSIGNAL':
      return { ...c, signal: expand(c.signal) };
    case 'ARG':
      return {
        ...c,
        args: c.args.map((a) => {
          const key = expand(a.key);
          return a.value === undefined ? { ...a, key } : { ...a, key, value: expand(a.value) };
        }),
      };
    case 'RUN':
      return { ...c, mounts: c.mountSpecs.map((spec) => parseMount(spec, expand)) };
    default:
      return c;
  }
}

/** BuildKit also expands unquoted COPY/ADD heredoc contents; the classic builder ignores heredocs. */
export function expandHeredocContents<T extends Instruction>(instruction: T, expand: Expander): T {
  const c: Instruction = instruction;
  if (c.instruction !== 'COPY' && c.instruction !== 'ADD') return instruction;
  const expanded: Instruction = { ...c, contents: c.contents.map((s) => (s.expand ? { ...s, data: expand(s.data) } : s)) };
  return expanded as T;
}
