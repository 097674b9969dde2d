/**
 * Drives an interactive `dockersim` shell the way a learner types into it: a terminal the test
 * types lines into, and everything the host prints collected as the learner would see it (the
 * line echo is the real terminal's business, so it is not part of the output). `type` holds
 * the world's clock (auto mode) until the output ends with what is awaited — by default the
 * shell's prompt — so virtual time moves exactly as far as the command needs.
 */
import { HostSession, type HostSessionOptions } from '../../src/cli/host/host-session.js';
import { TerminalInput } from '../../src/cli/host/terminal.js';
import type { ProcessOutput } from '../../src/programs/types.js';
import type { World } from '../../src/world/world.js';

/** The host shell's prompt (`root@<host>:<dir># `). */
export const PROMPT = /root@[^:\s]+:[^\n#]*# $/;

/** An interactive host shell under test. */
export class ShellDriver {
  readonly world: World;
  readonly session: HostSession;
  readonly terminal = new TerminalInput();
  readonly exited: Promise<number>;
  #out = '';
  #check: (() => void) | undefined;
  readonly #decoder = new TextDecoder();

  constructor(world: World, options: HostSessionOptions = {}) {
    this.world = world;
    this.session = new HostSession(world, { ...options, env: { PS1: '\\u@\\h:\\w\\$ ', ...options.env } });
    const output: ProcessOutput = {
      isTTY: true,
      write: (data) => {
        this.#out += typeof data === 'string' ? data : this.#decoder.decode(data, { stream: true });
        this.#check?.();
      },
    };
    this.terminal.onDemand = () => this.#check?.();
    this.exited = this.session.interactive(this.terminal, output);
    void this.exited.then(() => this.#check?.());
  }

  /** Waits (virtual time moving) until the output so far matches `until`; returns and clears it. */
  async read(until: RegExp = PROMPT): Promise<string> {
    let settled = false;
    const ready = new Promise<void>((resolve) => {
      this.#check = () => {
        if (!settled && until.test(this.#out)) {
          settled = true;
          resolve();
        }
      };
    });
    this.#check!();
    await this.world.clock.hold(Promise.race([ready, this.exited.then(() => undefined)]));
    this.#check = undefined;
    const out = this.#out;
    this.#out = '';
    return out;
  }

  /** Types `line` (and Enter); resolves with the output up to the next match of `until`. */
  async type(line: string, until: RegExp = PROMPT): Promise<string> {
    this.terminal.push(`${line}\n`);
    return this.read(until);
  }
}
