import { todayIso } from '../../lib/days';

/** Fill the print header's date with the day the page is printed, in the reader's own calendar. */
export function startPrintDate(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  // Without JavaScript the slot keeps a line to write the date on; a <time> needs a date in it.
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
    slot.replaceChildren(time);
  };
  fill();
  win.addEventListener('beforeprint', fill);
}
