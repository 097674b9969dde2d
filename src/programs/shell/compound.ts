/**
 * @module
 * Running pipelines and compound commands: pipeline elements as concurrent subshells joined by
 * pipes (a finished reader closes its pipe, so the writer gets SIGPIPE), subshells, groups,
 * `if`, `while`/`until`, `for`, `case` (with bash's `;&` fall-through), `[[ ]]` and `(( ))`,
 * each with its redirections; `break` and `continue` unwind through loop levels.
 */
import type { Command, Script, Word } from './ast.js';
import { evaluateCond } from './cond.js';
import { LoopControl } from './control.js';
import { arithmetic, expandPattern, expandWord, expandWords } from './expand.js';
import type { Fds } from './fds.js';
import type { Interpreter } from './interpreter.js';
import { matchPattern } from './pattern.js';
import { applyRedirects, RedirectFailed } from './redirect.js';
import { createPipe } from '../process/streams.js';

/** A pipeline: elements run concurrently in subshells joined by pipes; the status is the last one's (or, with `pipefail`, the last failure's). */
export async function runPipeline(sh: Interpreter, commands: readonly Command[], negate: boolean, fds: Fds): Promise<number> {
  let status: number;
  if (commands.length === 1) {
    if (negate) sh.errexitOff++;
    try {
      status = await sh.runCommand(commands[0]!, fds);
    } finally {
      if (negate) sh.errexitOff--;
    }
  } else {
    const pipes = commands.slice(1).map(() => createPipe());
    const runs = commands.map(async (command, i) => {
      let elementFds = fds;
      if (i > 0) elementFds = elementFds.with(0, { input: pipes[i - 1]!.reader });
      if (i < commands.length - 1) elementFds = elementFds.with(1, { output: pipes[i]!.writer });
      const sub = sh.subshell(elementFds);
      try {
        return await sub.runIsolated(command);
      } finally {
        if (i < commands.length - 1) pipes[i]!.writer.close();
        if (i > 0) pipes[i - 1]!.reader.close();
      }
    });
    const statuses = await Promise.all(runs);
    status = statuses[statuses.length - 1]!;
    if (sh.state.options.pipefail) status = [...statuses].reverse().find((s) => s !== 0) ?? 0;
  }
  return negate ? (status === 0 ? 1 : 0) : status;
}

/** A compound command with its redirections. */
export async function runCompound(sh: Interpreter, command: Exclude<Command, { type: 'simple' | 'and-or' | 'pipeline' | 'function' }>, outer: Fds, last: boolean): Promise<number> {
  let fds: Fds;
  try {
    fds = await applyRedirects(sh, command.redirects, outer);
  } catch (error) {
    if (error instanceof RedirectFailed) return 1;
    throw error;
  }
  sh.line = command.line;
  switch (command.type) {
    case 'subshell':
      return sh.forkRun(command.body, fds);
    case 'group':
      return sh.run(command.body, fds, last);
    case 'if': {
      for (const clause of command.clauses) if ((await sh.condition(clause.test, fds)) === 0) return sh.run(clause.body, fds, last);
      return command.otherwise ? sh.run(command.otherwise, fds, last) : 0;
    }
    case 'loop':
      return loop(sh, command.until, command.test, command.body, fds);
    case 'for':
      return forLoop(sh, command.name, command.items, command.body, fds);
    case 'case': {
      const word = await expandWord(command.word, sh);
      for (let i = 0; i < command.items.length; i++) {
        const item = command.items[i]!;
        let matched = false;
        for (const pattern of item.patterns) if (matchPattern(await expandPattern(pattern, sh), word)) matched = true;
        if (!matched) continue;
        let status = await sh.run(item.body, fds, last);
        for (let j = i; command.items[j]?.fallthrough && j + 1 < command.items.length; j++) status = await sh.run(command.items[j + 1]!.body, fds);
        return status;
      }
      return 0;
    }
    case 'cond':
      return evaluateCond(sh, command.words);
    case 'arith-command': {
      const value = await arithmetic(command.expr, sh);
      return value === '0' ? 1 : 0;
    }
  }
}

/** `while`/`until`. */
async function loop(sh: Interpreter, until: boolean, test: Script, body: Script, fds: Fds): Promise<number> {
  let status = 0;
  sh.loops++;
  try {
    for (;;) {
      const t = await sh.condition(test, fds);
      if ((t === 0) === until) break;
      const outcome = await loopBody(sh, body, fds);
      if (outcome === 'break') break;
      status = sh.state.status;
    }
  } finally {
    sh.loops--;
  }
  return status;
}

/** `for name in words`. */
async function forLoop(sh: Interpreter, name: string, items: readonly Word[] | undefined, body: Script, fds: Fds): Promise<number> {
  const values = items ? await expandWords(items, sh) : [...sh.state.positional];
  let status = 0;
  sh.loops++;
  try {
    for (const value of values) {
      try {
        sh.state.set(name, value);
      } catch {
        sh.fail({ kind: 'read-only', name });
      }
      const outcome = await loopBody(sh, body, fds);
      status = sh.state.status;
      if (outcome === 'break') break;
    }
  } finally {
    sh.loops--;
  }
  return status;
}

/** One iteration: 'break' to leave the loop, else 'next'. */
async function loopBody(sh: Interpreter, body: Script, fds: Fds): Promise<'break' | 'next'> {
  try {
    sh.state.status = await sh.run(body, fds);
    return 'next';
  } catch (error) {
    if (!(error instanceof LoopControl)) throw error;
    if (error.levels > 1) {
      error.levels--;
      throw error;
    }
    return error.kind === 'break' ? 'break' : 'next';
  }
}
