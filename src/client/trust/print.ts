import { formatDay, todayIso } from '../../lib/days';
import { PRINTED } from '../../lib/labels';

/**
 * Put the day the page is printed, in the reader's own calendar, in the print header, in place
 * of the day the site was built ("Page as of …") that it says without JavaScript.
 */
export function startPrintDate(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  const slot = doc.querySelector<HTMLElement>('.print-date');
  if (!slot) return;
  const fill = () => {
    // The site's own day format, not toLocaleDateString: its first call loads the browser's
    // locale data, ~20 ms on every page view for a line only paper shows.
    const day = todayIso();
    const time = doc.createElement('time');
    time.dateTime = day;
    time.textContent = formatDay(day);
    slot.replaceChildren(`${PRINTED} `, time);
  };
  fill();
  win.addEventListener('beforeprint', fill);
}
