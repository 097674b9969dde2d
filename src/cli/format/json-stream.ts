/**
 * @module
 * How the docker CLI shows a JSON message stream (moby `jsonmessage.DisplayJSONMessagesStream`,
 * used by pull, push, load and build): off a terminal, one line per status (`<id>: Pull
 * complete`) and nothing for progress-bar updates; on a terminal, one line per layer id that is
 * rewritten in place with cursor moves (the bar only when wider than 110 columns). `aux`
 * messages go to a callback; an `errorDetail` ends the display with a {@link JsonStreamError}.
 */
import type { JsonMessage, JsonProgress } from '../../image/json-message.js';
import type { ProcessOutput } from '../../programs/types.js';
import { humanSize } from './units.js';

/** The error a stream ended with (`errorDetail`); `code` is 0 when the daemon gave none. */
export class JsonStreamError extends Error {
  readonly code: number;

  constructor(message: string, code = 0) {
    super(message);
    this.name = 'JsonStreamError';
    this.code = code;
  }
}

/** Options of {@link displayJsonMessages}. */
export interface DisplayOptions {
  /** Whether `out` is a terminal (progress bars, cursor moves). */
  readonly terminal: boolean;
  /** The terminal's width (bars need more than 110 columns). */
  readonly columns: number;
  /** Called with each message carrying `aux` (not displayed). */
  readonly onAux?: (message: JsonMessage) => void;
}

/** `JSONProgress.String()`: `[===>   ]  1.2MB/3.4MB`, numbers only on narrow terminals. */
export function progressText(p: JsonProgress, width: number): string {
  const current = p.current ?? 0;
  const total = p.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return p.units ? `${current} ${p.units}` : humanSize(current).padStart(8);
  const pct = Math.min(50, Math.floor(Math.floor((current / total) * 100) / 2));
  const bar = width > 110 ? `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] ` : '';
  let numbers = '';
  if (p.hidecounts) numbers = '';
  else if (!p.units) numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  else numbers = current > total ? `${current} ${p.units}` : `${current}/${total} ${p.units}`;
  return bar + numbers;
}

const ESC = '\x1b[';

/** `JSONMessage.Display`: the text of one message ('' when it is not shown). */
function messageText(m: JsonMessage, terminal: boolean, width: number): string {
  const progress = m.progressDetail ? progressText(m.progressDetail, width) : '';
  let endl = '';
  let out = '';
  if (terminal && m.stream === undefined && m.progressDetail) {
    out += `${ESC}2K\r`;
    endl = '\r';
  } else if (m.progressDetail && progress !== '') return ''; // no bars off a terminal
  if (m.id) out += `${m.id}: `;
  if (m.progressDetail && terminal) out += `${m.status ?? ''} ${progress}${endl}`;
  else if (m.progress) out += `${m.status ?? ''} ${m.progress}${endl}`;
  else if (m.stream !== undefined) out += `${m.stream}${endl}`;
  else out += `${m.status ?? ''}${endl}\n`;
  return out;
}

/** Shows `messages` on `out` as the docker CLI does; rejects with the stream's error. */
export async function displayJsonMessages(messages: AsyncIterable<JsonMessage>, out: ProcessOutput, options: DisplayOptions): Promise<void> {
  let ids = new Map<string, number>();
  for await (const m of messages) {
    if (m.aux !== undefined) {
      options.onAux?.(m);
      continue;
    }
    let diff = 0;
    if (m.id && (m.progressDetail || m.progress)) {
      let line = ids.get(m.id);
      if (line === undefined) {
        line = ids.size;
        ids.set(m.id, line);
        if (options.terminal) out.write('\n');
      }
      diff = ids.size - line;
      if (options.terminal && diff > 0) out.write(`${ESC}${diff}A`);
    } else {
      // A line outside the per-id block: later progress starts a new block.
      ids = new Map();
    }
    if (m.errorDetail) throw new JsonStreamError(m.errorDetail.message, m.errorDetail.code ?? 0);
    out.write(messageText(m, options.terminal, options.columns));
    if (m.id && options.terminal && diff > 0) out.write(`${ESC}${diff}B`);
  }
}
