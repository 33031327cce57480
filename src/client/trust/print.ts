/** Fill the print header's date with the day the page is printed, in the reader's own calendar. */
export function startPrintDate(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  const slot = doc.querySelector<HTMLTimeElement>('time.print-date');
  if (!slot) return;
  const fill = () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    slot.dateTime = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    slot.textContent = now.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  };
  fill();
  win.addEventListener('beforeprint', fill);
}
