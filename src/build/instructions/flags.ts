/**
 * @module
 * Instruction flags (`COPY --from=build`, `RUN --mount=…`), as BuildKit's `BFlags` reads them:
 * each instruction declares the flags it takes, then the words given are checked against them —
 * unknown flags (with a "did you mean" hint), repeats, missing values, non-boolean booleans —
 * with Docker's exact messages. A bare `--` ends the flags.
 */
import { duplicateFlag, flagSyntax, missingFlagValue, notBoolean, unknownFlag } from '../../core/messages/index.js';
import { withSuggestion } from '../go/suggest.js';

type FlagType = 'bool' | 'string' | 'strings';

interface FlagState {
  readonly type: FlagType;
  value: string;
  values: string[];
}

/** The flags one instruction accepts, and the values it was given. */
export class InstructionFlags {
  private readonly flags = new Map<string, FlagState>();
  private readonly used: string[] = [];

  constructor(private readonly args: readonly string[]) {}

  /** Declares a boolean flag (`--link`, `--link=false`). */
  bool(name: string, def = false): this {
    this.flags.set(name, { type: 'bool', value: def ? 'true' : 'false', values: [] });
    return this;
  }

  /** Declares a string flag (`--from=x`). */
  string(name: string, def = ''): this {
    this.flags.set(name, { type: 'string', value: def, values: [] });
    return this;
  }

  /** Declares a repeatable string flag (`--mount=… --mount=…`). */
  strings(name: string): this {
    this.flags.set(name, { type: 'strings', value: '', values: [] });
    return this;
  }

  /** Checks the words given against the declared flags; throws Docker's error for a bad one. */
  parse(): this {
    for (const arg of this.args) {
      if (arg === '--') return this;
      if (!arg.startsWith('--')) throw flagSyntax(arg);
      const eq = arg.indexOf('=');
      const flagName = eq < 0 ? arg : arg.slice(0, eq);
      const value = eq < 0 ? '' : arg.slice(eq + 1);
      const name = flagName.slice(2);
      const flag = this.flags.get(name);
      if (!flag) {
        const hint = withSuggestion('', name, [...this.flags.keys()], true);
        throw unknownFlag(flagName, hint);
      }
      if (this.used.includes(name) && flag.type !== 'strings') throw duplicateFlag(flagName);
      if (!this.used.includes(name)) this.used.push(name);
      if (flag.type === 'bool') {
        if (eq >= 0 && value === '') throw missingFlagValue(flagName);
        const lower = value.toLowerCase();
        if (lower === 'true' || lower === '') flag.value = 'true';
        else if (lower === 'false') flag.value = 'false';
        else throw notBoolean(flagName, value);
      } else {
        if (eq < 0) throw missingFlagValue(flagName);
        if (flag.type === 'string') flag.value = value;
        else flag.values.push(value);
      }
    }
    return this;
  }

  /** A string flag's value (its default when not given). */
  value(name: string): string {
    return this.flags.get(name)?.value ?? '';
  }

  /** A boolean flag's value. */
  isTrue(name: string): boolean {
    return this.flags.get(name)?.value === 'true';
  }

  /** A repeatable flag's values, in order. */
  values(name: string): readonly string[] {
    return this.flags.get(name)?.values ?? [];
  }

  /** True when the flag was given. */
  isUsed(name: string): boolean {
    return this.used.includes(name);
  }

  /** The names of the flags given, in the order first given. */
  usedFlags(): readonly string[] {
    return [...this.used];
  }
}
