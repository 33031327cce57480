/** Return the timeline's markup for a root that has none (the embed): toolbar, canvas, card, live region. */
export function createSkeleton(doc: Document, label: string): HTMLElement {
  const figure = doc.createElement('div');
  figure.className = 'ct-timeline';
  figure.setAttribute('role', 'figure');
  figure.setAttribute('aria-label', label);
  const toolbar = doc.createElement('div');
  toolbar.className = 'ct-toolbar';
  for (const [action, text, name] of [
    ['zoom-in', '+', 'Zoom in'],
    ['zoom-out', '−', 'Zoom out'],
    ['fit', 'Fit', 'Show every event'],
  ] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.ctAction = action;
    button.textContent = text;
    button.setAttribute('aria-label', name);
    toolbar.append(button);
  }
  const canvas = doc.createElement('div');
  canvas.className = 'ct-canvas';
  const card = doc.createElement('div');
  card.className = 'ct-card';
  card.hidden = true;
  card.setAttribute('aria-hidden', 'true');
  canvas.append(card);
  const live = doc.createElement('p');
  live.className = 'ct-live ct-visually-hidden';
  live.setAttribute('aria-live', 'polite');
  figure.append(toolbar, canvas, live);
  return figure;
}
