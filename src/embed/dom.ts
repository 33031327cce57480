/** Attributes for h(): a value of undefined or false leaves the attribute out. */
export type Attributes = Record<string, string | number | true | false | undefined>;

/** Return a new element of the given document with attributes and text or element children. */
export function h(
  doc: Document,
  tag: string,
  attributes: Attributes = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}
