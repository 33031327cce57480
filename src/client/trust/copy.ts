/** Wire "Copy link" and "Copy citation": shown only where the clipboard works. */
export function startCopyButtons(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  if (!win.navigator.clipboard) return;
  const status = doc.querySelector<HTMLElement>('.copy-status');
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button.copy-button')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text =
        button.dataset.copyText ??
        doc.getElementById(button.dataset.copyFrom ?? '')?.textContent ??
        '';
      win.navigator.clipboard.writeText(text).then(
        () => {
          if (status) status.textContent = `Copied: ${text}`;
        },
        () => {
          if (status) status.textContent = 'Could not copy: select the text and copy it yourself.';
        },
      );
    });
  }
}
