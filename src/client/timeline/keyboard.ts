/** What a key can do to a timeline. */
export interface KeyActions {
  /** Index of the event that has focus, in date order. */
  current: number;
  count: number;
  focusEvent(index: number): void;
  zoomBy(factor: number): void;
  open(): void;
  dismiss(): void;
}

/**
 * Act on a key pressed inside the timeline: arrows move through events in date order, Home and
 * End jump to the ends, Enter opens, + and - zoom, Escape hides the card. Returns whether the
 * key was used (so the page does not also scroll).
 */
export function handleKey(key: string, actions: KeyActions): boolean {
  const { current, count } = actions;
  const to = (index: number) => actions.focusEvent(Math.max(0, Math.min(count - 1, index)));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      to(current + 1);
      return true;
    case 'ArrowLeft':
    case 'ArrowUp':
      to(current - 1);
      return true;
    case 'Home':
      to(0);
      return true;
    case 'End':
      to(count - 1);
      return true;
    case 'Enter':
    case ' ':
      actions.open();
      return true;
    case '+':
    case '=':
      actions.zoomBy(2);
      return true;
    case '-':
    case '_':
      actions.zoomBy(0.5);
      return true;
    case 'Escape':
      actions.dismiss();
      return true;
    default:
      return false;
  }
}
