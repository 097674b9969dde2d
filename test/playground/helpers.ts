/**
 * A playground terminal without a browser: the session, the host shell and the workshop wired
 * as the app wires them, on an `auto` clock, with what the terminal shows collected as text (the
 * typed lines are the page's echo, so they are not part of it). A new or loaded world gets a new
 * shell, as in the app.
 */
import { sceneOf, watchScene, type World } from 'dockersim';
import { HostShell } from '../../playground/src/shell/host-shell.js';
import { WorldSession } from '../../playground/src/session.js';
import { APP_DIR } from '../../playground/src/workshop/app-files.js';
import { Workshop } from '../../playground/src/workshop/workshop.js';

/** The shell's prompt at the end of what it printed. */
export const PROMPT = /root@dockersim:[^\n#]*# $/;

/** A headless playground. */
export async function headlessPlayground(seed = 1) {
  const session = new WorldSession(seed, { mode: 'auto', speed: 1 });
  const workshop = new Workshop(sceneOf(session.world.store.state));
  let screen = '';
  const attach = (world: World) => {
    watchScene(world, (u) => workshop.observe(u.scene, u.events));
    return new HostShell(world, { cwd: APP_DIR, onOutput: (text) => void (screen += text) });
  };
  let shell = attach(session.world);
  session.onWorld((world) => {
    shell.dispose();
    shell = attach(world);
  });
  await shell.whenWaiting();
  /**
   * Types `line` and returns what it printed up to the next shell prompt (without it). Each of
   * `answers` is typed when a program asks for a line before the prompt is back (`Password: `).
   */
  const type = async (line: string, ...answers: string[]) => {
    await shell.whenWaiting();
    const start = screen.length;
    await shell.type(line);
    for (const answer of answers) if (!PROMPT.test(screen)) await shell.type(answer);
    workshop.ran(line);
    return screen.slice(start).replace(PROMPT, '');
  };
  /** The exit status of the last command (`echo $?`). */
  const status = async () => Number((await type('echo $?')).trim());
  return {
    session,
    workshop,
    type,
    status,
    get shell() {
      return shell;
    },
    get screen() {
      return screen;
    },
  };
}
