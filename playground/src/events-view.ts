/**
 * @module
 * The event strip: the latest Docker events, as `docker events` names them (`container start
 * web`), newest first, so a learner sees what each command made the daemon do.
 */
import type { HostEvent } from 'dockersim';
import { h } from './dom.js';

const KEEP = 40;

/** The event strip. */
export class EventsView {
  readonly element = h('footer', { class: 'events', 'aria-label': 'Docker events' });

  /** Adds events (oldest first). */
  add(events: readonly HostEvent[]): void {
    for (const { event } of events) {
      const name = event.Actor.Attributes['name'] ?? event.Actor.ID.slice(0, 12);
      const item = h('span', { class: `event ${event.Type}`, title: new Date(event.time * 1000).toISOString() }, h('b', {}, `${event.Type} ${event.Action}`), ` ${name}`);
      this.element.prepend(item);
    }
    while (this.element.children.length > KEEP) this.element.lastElementChild!.remove();
  }

  /** Forgets every event (a new world). */
  clear(): void {
    this.element.replaceChildren();
  }
}
