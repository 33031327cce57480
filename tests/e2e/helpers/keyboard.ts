import type { Page } from 'playwright-core';

// Tab presses beyond the number of tab stops, for an iframe's inner stops before giving up.
const EXTRA_TABS = 20;

/** What the page says about the element Tab just focused. */
interface FocusStep {
  /** Its position among the tab stops in DOM order, -1 when it is not one of them. */
  index: number;
  description: string;
  onBody: boolean;
  indicator: boolean;
  onScreen: boolean;
}

/**
 * Record the page's tab stops in DOM order (open shadow roots included) with how each looks
 * unfocused, on `window`, and return their descriptions. Runs in the page.
 */
function recordTabStops(): string[] {
  const SELECTOR =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, details > summary:first-of-type, [tabindex], [contenteditable]:not([contenteditable="false"]), audio[controls], video[controls]';
  const STYLE_KEYS = [
    'outline-style',
    'outline-width',
    'outline-color',
    'box-shadow',
    'background-color',
    'border-top-color',
    'border-bottom-color',
    'border-bottom-width',
    'text-decoration-line',
    'text-decoration-thickness',
    'color',
  ];
  const flat: Element[] = [];
  const walk = (parent: Element | ShadowRoot): void => {
    for (const child of parent.children) {
      flat.push(child);
      walk(child.shadowRoot ?? child);
    }
  };
  walk(document.body);
  const isTabbable = (el: Element): boolean => {
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
    if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('[inert]')) return false;
    if ((el as HTMLButtonElement).disabled) return false;
    if (el.matches(SELECTOR)) return el.tabIndex >= 0;
    // Chromium makes a scrolling box without focusable content a tab stop, so keyboards can scroll it.
    const style = getComputedStyle(el);
    const scrolls =
      (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth) ||
      (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight);
    return scrolls && el !== document.body && !el.querySelector(SELECTOR);
  };
  // A group of radio buttons is one tab stop: the checked one, else the first (arrow keys move
  // within the group), as browsers implement the HTML standard.
  const radioStop = (el: Element): boolean => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = flat.filter(
      (other): other is HTMLInputElement =>
        other instanceof HTMLInputElement &&
        other.type === 'radio' &&
        other.name === el.name &&
        other.form === el.form &&
        isTabbable(other),
    );
    return el === (group.find((radio) => radio.checked) ?? group[0]);
  };
  const stops = flat.filter((el) => isTabbable(el) && radioStop(el));
  const styleOf = (el: Element) => {
    const style = getComputedStyle(el);
    return Object.fromEntries(STYLE_KEYS.map((key) => [key, style.getPropertyValue(key)]));
  };
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const href = el.getAttribute('href');
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${href ? ` href="${href}"` : ''}>${text ? ` "${text}"` : ''}`;
  };
  Object.assign(window, {
    __tabStops: { stops, unfocused: stops.map(styleOf), styleOf, describe },
  });
  return stops.map(describe);
}

/** Describe the element that has focus now, and whether its focus can be seen. Runs in the page. */
function inspectFocus(): FocusStep {
  const { stops, unfocused, styleOf, describe } = (
    window as unknown as {
      __tabStops: {
        stops: Element[];
        unfocused: Record<string, string>[];
        styleOf: (el: Element) => Record<string, string>;
        describe: (el: Element) => string;
      };
    }
  ).__tabStops;
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body || active === document.documentElement) {
    return {
      index: -1,
      description: 'the page itself',
      onBody: true,
      indicator: false,
      onScreen: false,
    };
  }
  const index = stops.indexOf(active);
  const before = unfocused[index] ?? {};
  const now = styleOf(active);
  const outlined = now['outline-style'] !== 'none' && parseFloat(now['outline-width'] ?? '0') > 0;
  const changed = Object.keys(now).filter((key) => now[key] !== before[key]);
  const indicator =
    changed.some((key) => !key.startsWith('outline')) || (outlined && changed.length > 0);
  const rect = active.getBoundingClientRect();
  const onScreen =
    rect.width > 0 &&
    rect.height > 0 &&
    rect.right > 0 &&
    rect.bottom > 0 &&
    rect.left < innerWidth &&
    rect.top < innerHeight;
  return { index, description: describe(active), onBody: false, indicator, onScreen };
}

/**
 * Press Tab through a freshly loaded page and return what a keyboard user would trip over:
 * a tab stop reached out of DOM order or never, a focus without a visible indicator or off screen.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const expected = await page.evaluate(recordTabStops);
  const steps: FocusStep[] = [];
  for (let press = 0; press < expected.length + EXTRA_TABS; press++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(inspectFocus);
    if (step.onBody && steps.length > 0) break;
    if (step.index === 0 && steps.length > 0) break;
    // Focus moving inside an iframe leaves the same element focused in this document.
    if (steps.at(-1)?.description === step.description && step.index === steps.at(-1)?.index)
      continue;
    steps.push(step);
  }
  const problems: string[] = [];
  const order = steps.map((step) => step.index);
  const wrong = order.findIndex((index, i) => index !== i);
  if (wrong >= 0) {
    problems.push(
      `Tab press ${wrong + 1} focused ${steps[wrong]!.description}, but the next link or control in DOM order is ${expected[wrong] ?? '(none: the page should have ended)'}`,
    );
  }
  const missed = expected.filter((_, i) => !order.includes(i));
  if (missed.length > 0) problems.push(`Tab never reaches: ${missed.join(', ')}`);
  for (const step of steps) {
    if (!step.indicator) problems.push(`no visible focus indicator on ${step.description}`);
    if (!step.onScreen) problems.push(`${step.description} takes focus but is not on screen`);
  }
  return problems;
}
