/**
 * The small progressive enhancement next to the reception hours (budget: 2 KB gzip):
 * - fills each `[data-reception]` line with "Open now – until 11:30" or "Next reception: …",
 *   reckoned in Luxembourg time by src/hours/browser/schedule.ts, with texts translated by the server;
 * - hides closures that have ended since the site was built (`[data-closure-to]`).
 * It checks again at every full minute and when the tab comes back, so it stays right across
 * midnight and the nights the clocks change. Without JavaScript the weekly table says it all.
 */
import { receptionStatus, wallClock, wallClockFrom, type Closure, type OffsetTable, type Slot } from './schedule.ts';

/** What the server puts in `data-reception` (see src/components/hours/ReceptionStatus.astro). */
export interface StatusData {
  /** Weekly slots and closures (reason in the page's language). */
  s: Slot[];
  c: Closure[];
  /** The page's `Intl` locale, for a date more than a week away. */
  l: string;
  /** Weekday names, Monday first. */
  d: string[];
  /** Templates with {{time}}, {{day}}, {{reason}}. */
  t: { open: string; next: string; today: string; tomorrow: string; closed: string; none: string };
  /** Luxembourg's UTC offsets for the next two years or so: the clock without `Intl`. */
  o?: OffsetTable;
}

/** Luxembourg's wall clock: from the page's offsets, or with `Intl` outside their period. */
const clockAt = (now: number, offsets: OffsetTable | undefined) => wallClockFrom(now, offsets) ?? wallClock(now);

type Content = Node | string;

function element(tag: string, text: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

const time = (hhmm: string) => element('time', hhmm, { datetime: hhmm });

/** Times stay left to right inside Arabic. */
function ltr(...content: Content[]): HTMLElement {
  const span = element('span', '', { dir: 'ltr', class: 'nowrap' });
  span.append(...content);
  return span;
}

function fill(template: string, values: Record<string, Content>): Content[] {
  return template.split(/{{(\w+)}}/).map((part, index) => (index % 2 ? (values[part] ?? '') : part));
}

function render(line: HTMLElement, data: StatusData, now: number): void {
  const status = receptionStatus(data.s, data.c, clockAt(now, data.o));
  const key = JSON.stringify(status ?? null);
  if (line.dataset['shown'] === key) return;
  const content: Content[] = [];
  const closed = status?.closedToday;
  if (closed) content.push(...fill(data.t.closed, { reason: element('span', closed[2] ?? '', closed[3] ? { lang: closed[3] } : {}) }), ' ');
  if (!status) content.push(data.t.none);
  else if (status.open) content.push(...fill(data.t.open, { time: ltr(time(status.slot[2])) }));
  else {
    const { inDays, date, slot } = status;
    const day =
      inDays === 0
        ? data.t.today
        : inDays === 1
          ? data.t.tomorrow
          : inDays < 7
            ? (data.d[slot[0] - 1] ?? '')
            : new Intl.DateTimeFormat(data.l, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(date));
    content.push(...fill(data.t.next, { day: element('time', day, { datetime: date }), time: ltr(time(slot[1]), '–', time(slot[2])) }));
  }
  line.replaceChildren(...content);
  line.classList.toggle('is-open', Boolean(status?.open));
  line.dataset['shown'] = key;
  line.hidden = false;
}

function update(): void {
  const now = Date.now();
  let offsets: OffsetTable | undefined;
  for (const line of document.querySelectorAll<HTMLElement>('[data-reception]')) {
    const data = JSON.parse(line.dataset['reception'] ?? '') as StatusData;
    offsets ??= data.o;
    render(line, data, now);
  }
  const today = clockAt(now, offsets).date;
  for (const item of document.querySelectorAll<HTMLElement>('[data-closure-to]')) {
    item.hidden = (item.dataset['closureTo'] ?? '') < today;
    const list = item.closest<HTMLElement>('[data-closures]');
    if (list) list.hidden = !list.querySelector('[data-closure-to]:not([hidden])');
  }
}

/** Again at each full minute (reception starts and ends on full minutes in every season). */
function tick(): void {
  setTimeout(
    () => {
      update();
      tick();
    },
    60_000 - (Date.now() % 60_000) + 50,
  );
}

update();
tick();
document.addEventListener('visibilitychange', update);
