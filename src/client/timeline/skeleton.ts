/** Build the toolbar on a document: a hint and the zoom buttons (one builder for the page, the build and the embed). */
export function createToolbar(doc: Document): HTMLElement {
  const toolbar = doc.createElement('div');
  toolbar.className = 'ct-toolbar no-print';
  const hint = doc.createElement('span');
  hint.className = 'ct-hint ct-needs-js';
  hint.textContent = 'Ctrl + scroll, pinch or double-click to zoom; arrow keys walk the events.';
  toolbar.append(hint);
  for (const [action, text, name] of [
    ['zoom-in', '+', 'Zoom in'],
    ['zoom-out', '−', 'Zoom out'],
    ['fit', 'Fit', 'Fit: show every event'],
  ] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'ct-needs-js';
    button.setAttribute('data-ct-action', action);
    button.textContent = text;
    button.setAttribute('aria-label', name);
    toolbar.append(button);
  }
  return toolbar;
}

/** Build the parts of the canvas besides the drawing: the card and the wheel hint. */
export function createCanvasParts(doc: Document): HTMLElement[] {
  const card = doc.createElement('div');
  card.className = 'ct-card';
  card.hidden = true;
  card.setAttribute('aria-hidden', 'true');
  const hint = doc.createElement('div');
  hint.className = 'ct-wheel-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = 'Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom the timeline';
  return [card, hint];
}

/** Return the timeline's markup for a root that has none (the embed): toolbar, canvas, card, live region. */
export function createSkeleton(doc: Document, label: string, style = ''): HTMLElement {
  const figure = doc.createElement('div');
  figure.className = 'ct-timeline';
  figure.setAttribute('role', 'figure');
  figure.setAttribute('aria-label', label);
  if (style) figure.setAttribute('style', style);
  const canvas = doc.createElement('div');
  canvas.className = 'ct-canvas';
  canvas.append(...createCanvasParts(doc));
  const live = doc.createElement('p');
  live.className = 'ct-live ct-visually-hidden';
  live.setAttribute('aria-live', 'polite');
  figure.append(createToolbar(doc), canvas, live);
  return figure;
}
