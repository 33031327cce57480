import { todayIso } from '../../lib/days';
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
    const now = new Date();
    const time = doc.createElement('time');
    time.dateTime = todayIso(now);
    time.textContent = now.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    slot.replaceChildren(`${PRINTED} `, time);
  };
  fill();
  win.addEventListener('beforeprint', fill);
}
