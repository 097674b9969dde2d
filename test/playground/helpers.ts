/**
 * A playground terminal without a browser: the session, the line runner and the workshop wired
 * as the app wires them, with the terminal's output collected as text.
 */
import { inputFrom } from 'dockersim/cli';
import { sceneOf, watchScene } from 'dockersim';
import { History } from '../../playground/src/shell/history.js';
import { LineRunner, type TerminalIO } from '../../playground/src/shell/line-runner.js';
import { WorldSession } from '../../playground/src/session.js';
import { Workshop } from '../../playground/src/workshop/workshop.js';

/** A headless playground on an `auto` clock. */
export function headlessPlayground(seed = 1) {
  const session = new WorldSession(seed, { mode: 'auto', speed: 1 });
  const history = new History();
  const runner = new LineRunner(session, history);
  const workshop = new Workshop(sceneOf(session.world.store.state));
  watchScene(session.world, (u) => workshop.observe(u.scene, u.events));
  let screen = '';
  /** Runs a line as typed (with `stdin` for what the user types while it runs). */
  const type = async (line: string, stdin = '') => {
    const start = screen.length;
    const io: TerminalIO = {
      write: (text) => void (screen += text),
      clear: () => void (screen = ''),
      stdin: inputFrom(stdin, true),
      signal: new AbortController().signal,
      columns: 100,
    };
    const code = await runner.run(line, io);
    workshop.ran(line);
    return { code, output: screen.slice(start) };
  };
  return { session, history, runner, workshop, type, get screen() { return screen; } };
}
