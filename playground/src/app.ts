/**
 * @module
 * The playground app: a session's world shown three ways at once — the terminal where a bash on
 * the simulated host runs docker commands, the live picture of the scene, and the Docker events —
 * plus the clock and world controls and the workshop. The picture follows the world's commits
 * through `watchScene`, coalesced to one update per animation frame; a new or loaded world gets a
 * new shell and re-subscribes everything.
 */
import { sceneOf, watchScene, type SceneWatch, type World } from 'dockersim';
import { ClockControls } from './controls/clock-controls.js';
import { WorldControls } from './controls/world-controls.js';
import { h } from './dom.js';
import { EventsView } from './events-view.js';
import { PictureView } from './picture/picture-view.js';
import { WorldSession } from './session.js';
import { History } from './shell/history.js';
import { HostShell } from './shell/host-shell.js';
import { TerminalView } from './terminal/terminal-view.js';
import { APP_DIR } from './workshop/app-files.js';
import { Workshop } from './workshop/workshop.js';
import { WorkshopView } from './workshop/workshop-view.js';

/** Options from the page's URL (`?seed=7&workshop=0&clock=auto`). */
export interface AppOptions {
  readonly seed: number;
  readonly workshop: boolean;
  readonly clock: 'realtime' | 'auto' | 'manual';
}

/** Reads the options from a query string. */
export function optionsFrom(search: string): AppOptions {
  const q = new URLSearchParams(search);
  const clock = q.get('clock');
  return {
    seed: Math.max(0, Math.floor(Number(q.get('seed') ?? 42) || 0)),
    workshop: q.get('workshop') !== '0',
    clock: clock === 'auto' || clock === 'manual' ? clock : 'realtime',
  };
}

/** The whole page. */
export class App {
  readonly session: WorldSession;
  readonly terminal = new TerminalView();
  readonly picture = new PictureView();
  readonly events = new EventsView();
  readonly clock: ClockControls;
  readonly #history = new History();
  #shell: HostShell | undefined;
  #workshop: Workshop;
  readonly #workshopView: WorkshopView;
  #watch: SceneWatch | undefined;

  constructor(root: HTMLElement, options: AppOptions) {
    this.session = new WorldSession(options.seed, { mode: options.clock, speed: 1 });
    this.#workshop = new Workshop(sceneOf(this.session.world.store.state));
    this.#workshopView = new WorkshopView(() => this.#workshop, (command) => this.terminal.suggest(command));
    this.clock = new ClockControls(() => this.session.world);
    const worldControls = new WorldControls(this.session, options.seed, (note) => this.terminal.note(note));
    root.replaceChildren(
      h('header', { class: 'bar' }, h('h1', {}, 'dockersim ', h('small', {}, 'playground')), worldControls.element, this.clock.element),
      h('main', { class: options.workshop ? 'with-workshop' : '' }, h('div', { class: 'left' }, options.workshop ? this.#workshopView.element : '', this.terminal.element), h('div', { class: 'right' }, this.picture.element)),
      this.events.element,
    );
    this.terminal.print(`Welcome to the dockersim playground: a simulated Docker Engine in your browser (seed ${options.seed}).\nThis is a bash on the simulated host: type docker commands, or follow the workshop.\n`);
    this.session.onWorld((world) => this.#attach(world));
    this.#attach(this.session.world);
    this.terminal.focus();
  }

  /** Follows `world`: a new shell, the picture from scratch, events, workshop progress. */
  #attach(world: World): void {
    this.#shell?.dispose();
    const shell = new HostShell(world, { cwd: APP_DIR, columns: this.terminal.columns, onOutput: (text) => this.terminal.print(text), onPrompt: () => this.terminal.refresh() });
    this.#shell = shell;
    this.terminal.connect({
      history: this.#history,
      get waiting() {
        return shell.waiting;
      },
      get atPrompt() {
        return shell.atPrompt;
      },
      enter: (line) => {
        const command = shell.atPrompt;
        void shell.type(line);
        if (!command) return;
        this.#workshop.ran(line);
        this.#workshopView.render();
      },
      send: (keys) => shell.send(keys),
      interrupt: () => void shell.interrupt(),
      eof: () => shell.eof(),
      complete: (line) => shell.complete(line),
    });
    this.#watch?.stop();
    this.events.clear();
    this.#workshop = new Workshop(sceneOf(world.store.state));
    this.#watch = watchScene(
      world,
      (update) => {
        this.picture.update(update.scene, update.diff, update.events);
        this.events.add(update.events);
        this.#workshop.observe(update.scene, update.events);
        this.#workshopView.render();
      },
      { schedule: (flush) => requestAnimationFrame(flush) },
    );
    this.picture.reset(this.#watch.scene);
    this.#workshopView.render();
    this.clock.refresh();
  }
}
