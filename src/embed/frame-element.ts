import { acceptResizeMessage } from '../lib/embed/messages';
import { toEmbedQuery } from '../lib/embed/options';
import { CasetrailElement, siteBase, siteUrl } from './base';
import { h } from './dom';

/** The iframe's height until its page reports its own. */
const INITIAL_HEIGHT = 480;

/**
 * `<casetrail-frame case="…">`: the iframe embed, sized to its content. It creates the iframe in
 * its shadow root and takes a height only from `message` events whose origin is the Casetrail
 * site's (where embed.js came from) and whose source is that iframe's window. Children (a link
 * for readers without JavaScript) are not shown once the element runs.
 */
export class CasetrailFrameElement extends CasetrailElement {
  static override tag = 'casetrail-frame';

  private iframe: HTMLIFrameElement | null = null;
  private readonly onMessage = (event: MessageEvent) => {
    const height =
      this.iframe &&
      acceptResizeMessage(event, {
        origin: siteBase(import.meta.url).origin,
        source: this.iframe.contentWindow,
      });
    if (height) this.iframe!.style.height = `${height}px`;
  };

  override connectedCallback(): void {
    this.ownerDocument.defaultView?.addEventListener('message', this.onMessage);
    super.connectedCallback();
  }

  disconnectedCallback(): void {
    this.ownerDocument.defaultView?.removeEventListener('message', this.onMessage);
  }

  protected render(): void {
    const doc = this.ownerDocument;
    const options = this.options();
    if (!this.case) {
      this.iframe = null;
      return this.root.replaceChildren(
        h(doc, 'p', { part: 'message' }, ['This Casetrail frame needs case="…".']),
      );
    }
    const src = siteUrl(import.meta.url, 'embedPage', this.case) + toEmbedQuery(options);
    if (this.iframe?.getAttribute('src') === src) return;
    this.iframe = h(doc, 'iframe', {
      src,
      part: 'frame',
      title: this.getAttribute('title') || 'Casetrail case timeline',
      loading: 'lazy',
      style: `display:block;width:100%;border:0;height:${options.height ?? INITIAL_HEIGHT}px`,
    }) as HTMLIFrameElement;
    this.root.replaceChildren(
      h(doc, 'style', {}, [':host{display:block}:host([hidden]){display:none}']),
      this.iframe,
    );
  }
}
