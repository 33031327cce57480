import { DAY_MS } from '../../lib/timeline/time';
import { yearOfTimelineEvent } from '../../lib/timeline/years';
import { loadTimeline } from './data';
import { eventIdFromHash } from './hash';

/** A view narrower than this lists the year at its centre; a wider one leaves the list be. */
const FOLLOW_SPAN_MS = 2 * 366 * DAY_MS;
/** How long the view must rest before the list follows it (no fetch per zoom frame). */
const FOLLOW_DELAY_MS = 300;

/**
 * Make a big case's list follow the reader: a year's link loads that year's list in place (its
 * own page is the fallback), the list follows the chart when it is zoomed in to a year or two,
 * and `#event=<id>` lists the event's year. The year pages hold the same list markup, so the
 * list is taken from them: one builder, no second copy in the browser.
 */
export function startYearList(section: HTMLElement): void {
  const doc = section.ownerDocument;
  const win = doc.defaultView as Window & typeof globalThis;
  const figure = doc.querySelector<HTMLElement>('.ct-timeline[data-ct-src]');
  const label = section.querySelector<HTMLElement>('[data-year-label]');
  const heading = section.querySelector<HTMLElement>('h2');
  const links = new Map(
    [...section.querySelectorAll<HTMLAnchorElement>('.year-index a[data-year]')].map((a) => [
      Number(a.dataset.year),
      a,
    ]),
  );
  const lists = new Map<number, Promise<Element>>();
  let wanted = Number(
    section.querySelector<HTMLElement>('.year-index a[aria-current]')?.dataset.year,
  );

  const fetchList = (year: number, href: string) => {
    let list = lists.get(year);
    if (!list) {
      list = fetch(href)
        .then((response) => {
          if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
          return response.text();
        })
        .then((html) => {
          const page = new DOMParser().parseFromString(html, 'text/html');
          const found = page.querySelector('[data-year-list] .event-list');
          if (!found) throw new Error(`${href}: no event list`);
          return found;
        });
      lists.set(year, list);
      list.catch(() => lists.delete(year));
    }
    return list;
  };

  async function show(year: number, focus: boolean): Promise<void> {
    const link = links.get(year);
    if (!link || year === wanted) return;
    wanted = year;
    const list = await fetchList(year, link.href);
    if (wanted !== year) return;
    section.querySelector('.event-list')?.replaceWith(doc.importNode(list, true));
    if (label) label.textContent = `Events in ${year}`;
    section.querySelector<HTMLElement>('[data-latest-link]')?.setAttribute('hidden', '');
    for (const [y, a] of links)
      if (y === year) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    section.setAttribute('data-year', String(year));
    if (focus) heading?.focus();
  }

  section.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('.year-index a[data-year]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    show(Number(link.dataset.year), true).catch(() => win.location.assign(link.href));
  });

  let timer = 0;
  figure?.addEventListener('ct:view', (event) => {
    const [d0, d1] = (event as CustomEvent<{ domain: [number, number] }>).detail.domain;
    win.clearTimeout(timer);
    if (d1 - d0 > FOLLOW_SPAN_MS) return;
    timer = win.setTimeout(() => {
      void show(new Date((d0 + d1) / 2).getUTCFullYear(), false).catch(() => undefined);
    }, FOLLOW_DELAY_MS);
  });

  const onHash = () => {
    const id = eventIdFromHash(win.location.hash);
    if (!id || !figure) return;
    void loadTimeline(figure)
      .then(async (data) => {
        // A big case's data names only its overview's events: every id comes in one file.
        if (!data.prepared?.indexById.has(id)) await data.loadIds?.();
        const index = data.prepared?.indexById.get(id);
        const event = index === undefined ? undefined : data.events[index];
        return event ? show(yearOfTimelineEvent(event), false) : undefined;
      })
      .catch((cause) => console.error(new Error('year list: could not list the event', { cause })));
  };
  win.addEventListener('hashchange', onHash);
  onHash();
}
