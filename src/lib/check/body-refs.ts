/** The MDX components whose attributes refer to other content, and the attribute that does. */
export const REF_ATTRIBUTES = { Cite: 'id', Quote: 'source', EventRef: 'id' } as const;

export type RefComponent = keyof typeof REF_ATTRIBUTES;

/** One use of a referring component in an MDX body. */
export interface BodyRef {
  component: RefComponent;
  id: string;
  /** The line in the file, counting from 1. */
  line: number;
}

const TAG = /<(Cite|Quote|EventRef)\b([^>]*)>/g;

/** Return every `<Cite id>`, `<Quote source>` and `<EventRef id>` in a body, with its line. */
export function findBodyRefs(body: string, firstLine = 1): BodyRef[] {
  const refs: BodyRef[] = [];
  for (const match of body.matchAll(TAG)) {
    const component = match[1] as RefComponent;
    const attribute = REF_ATTRIBUTES[component];
    const value = new RegExp(`\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
      match[2] ?? '',
    );
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    refs.push({ component, id: value ? (value[1] ?? value[2] ?? '') : '', line });
  }
  return refs;
}
