// Where HTMLElement does not exist (Node, a worker, a server renderer), importing the widget must
// not throw: the classes then extend a stand-in and define() does nothing.
import { OPTION_NAMES, parseEmbedOptions, parseId, type EmbedOptions } from '../lib/embed/options';
import { EMBED_PATHS, toAbsoluteUrl } from '../lib/paths';

/** HTMLElement where there is one, else an empty class to extend. */
export const BaseElement: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** Return the Casetrail site's base URL (where embed.js is served from, with a trailing slash). */
export function siteBase(moduleUrl: string): URL {
  return new URL('./', moduleUrl);
}

/**
 * Return the absolute URL of one of the Casetrail site's paths, built by the site's one path
 * builder (src/lib/paths.ts) under the base embed.js is served from.
 */
export function siteUrl(moduleUrl: string, path: keyof typeof EMBED_PATHS, id: string): string {
  return toAbsoluteUrl(EMBED_PATHS[path](id), siteBase(moduleUrl));
}

/**
 * What both widgets share: an open shadow root, `case` and the option attributes as validating
 * getters and reflecting setters, and one render per microtask however many attributes change.
 */
export abstract class CasetrailElement extends BaseElement {
  static observedAttributes: string[] = ['case', ...OPTION_NAMES];
  /** The tag define() registers by default. */
  static tag = '';

  /** Register the element under its tag (or another) unless the tag is taken, as by a second copy of embed.js. */
  static define(
    tag = this.tag,
    registry: CustomElementRegistry | undefined = globalThis.customElements,
  ): void {
    if (registry && !registry.get(tag))
      registry.define(tag, this as unknown as CustomElementConstructor);
  }

  /** The case id; empty when missing or not of an id's form. */
  declare case: string;
  declare theme: EmbedOptions['theme'];
  declare lanes: EmbedOptions['lanes'];
  declare from: string | null;
  declare to: string | null;
  declare event: string | null;
  declare height: number | null;

  protected readonly root: ShadowRoot;
  private queued = false;

  constructor() {
    super();
    this.root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    this.update();
  }

  attributeChangedCallback(): void {
    this.update();
  }

  /** Return the checked options from the attributes; invalid ones are left at their defaults. */
  protected options(): EmbedOptions {
    return parseEmbedOptions((name) => this.getAttribute(name));
  }

  /** Render once in the next microtask. */
  protected update(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.isConnected) this.render();
    });
  }

  protected abstract render(): void;
}

for (const name of ['case', ...OPTION_NAMES] as const) {
  Object.defineProperty(CasetrailElement.prototype, name, {
    configurable: true,
    get(this: CasetrailElement) {
      return name === 'case'
        ? (parseId(this.getAttribute(name)) ?? '')
        : parseEmbedOptions((n) => this.getAttribute(n))[name];
    },
    set(this: CasetrailElement, value: unknown) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, typeof value === 'string' ? value : JSON.stringify(value));
    },
  });
}
