/**
 * @module
 * The `mysql` client's command line, as its option parser reads it: `-u root` / `-uroot` /
 * `--user=root`, `-h`, `-P`, `-D`, `-e`, and the password option whose value must be attached —
 * `-psecret` or `--password=secret` give a password, a bare `-p` asks for it on the terminal, so
 * `mysql -p secret` prompts and uses database `secret`. The first non-option is the database.
 */

/** The parsed command line. */
export interface ClientArgs {
  user: string | undefined;
  /** `undefined`: none given; `null`: prompt for it. */
  password: string | null | undefined;
  host: string;
  port: number;
  database: string | undefined;
  execute: string | undefined;
  batch: boolean;
  /** Prints the version and exits. */
  version: boolean;
}

/** An option the client does not know: `mysql: [ERROR] unknown option '--x'.` */
export class UnknownOption extends Error {}

const WITH_VALUE: { readonly [flag: string]: keyof ClientArgs } = { u: 'user', h: 'host', P: 'port', D: 'database', e: 'execute' };
const LONG: { readonly [name: string]: keyof ClientArgs } = { user: 'user', host: 'host', port: 'port', database: 'database', execute: 'execute' };

function set(out: ClientArgs, key: keyof ClientArgs, value: string): void {
  if (key === 'port') out.port = Number(value);
  else if (key === 'user' || key === 'host' || key === 'database' || key === 'execute') out[key] = value;
}

/** Parses argv (without argv[0]). */
export function parseClientArgs(args: readonly string[]): ClientArgs {
  const out: ClientArgs = { user: undefined, password: undefined, host: 'localhost', port: 3306, database: undefined, execute: undefined, batch: false, version: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name = '', value] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (name === 'password') out.password = value ?? null;
      else if (name === 'batch') out.batch = true;
      else if (name === 'version') out.version = true;
      else if (LONG[name]) set(out, LONG[name]!, value ?? args[++i] ?? '');
      else if (!['table', 'silent', 'verbose', 'skip-column-names', 'force'].includes(name)) throw new UnknownOption(a);
    } else if (a.startsWith('-') && a.length > 1) {
      const flag = a[1]!;
      const rest = a.slice(2);
      if (flag === 'p') out.password = rest === '' ? null : rest;
      else if (flag === 'B') out.batch = true;
      else if (flag === 'V') out.version = true;
      else if (WITH_VALUE[flag]) set(out, WITH_VALUE[flag]!, rest !== '' ? rest : args[++i] ?? '');
      else throw new UnknownOption(a);
    } else if (out.database === undefined) {
      out.database = a;
    }
  }
  return out;
}

/** Splits input into statements at `;` (or `\g`) outside quotes; the remainder is returned unfinished. */
export function splitStatements(text: string): { readonly statements: string[]; readonly rest: string } {
  const statements: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      current += c;
      if (c === '\\' && quote !== '`') current += text[++i] ?? '';
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      current += c;
    } else if (c === ';' || (c === '\\' && (text[i + 1] === 'g' || text[i + 1] === 'G'))) {
      if (c === '\\') i++;
      if (current.trim() !== '') statements.push(current.trim());
      current = '';
    } else current += c;
  }
  return { statements, rest: current };
}
