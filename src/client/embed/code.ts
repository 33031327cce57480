/** Wire the case page's embed box: copy buttons (shown only where the clipboard works) and the preview. */
export function startEmbedCode(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  const status = doc.querySelector<HTMLElement>('.embed-status');
  if (win.navigator.clipboard) {
    for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const code = doc.getElementById(button.dataset.copy ?? '');
        win.navigator.clipboard.writeText(code?.textContent ?? '').then(
          () => {
            if (status) status.textContent = 'Copied. Paste it into your page’s HTML.';
          },
          () => {
            if (status)
              status.textContent = 'Could not copy: select the code and copy it yourself.';
          },
        );
      });
    }
  }
  const preview = doc.querySelector<HTMLDetailsElement>('details[data-embed-script]');
  preview?.addEventListener('toggle', () => {
    // The widget's own module, as publishers load it; only when someone opens the preview.
    // A failed load leaves the preview's own "could not load" placeholder in place.
    if (preview.open)
      void import(/* @vite-ignore */ new URL(preview.dataset.embedScript ?? '', doc.baseURI).href);
  });
}
