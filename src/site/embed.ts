import { SITE } from '../lib/site-config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import EmbedMarkup from '../components/embed/EmbedMarkup.astro';
import { SITE_NAME } from '../lib/site-meta';
import { toAbsoluteUrl } from '../lib/paths';
import { urls } from './feeds';
import { paths } from './paths';

/** The height the iframe snippet and oEmbed give the iframe (CSS pixels). */
export const IFRAME_HEIGHT = 640;
/** The width oEmbed reports; the snippet itself is 100% wide. */
export const OEMBED_WIDTH = 720;

/** Absolute URLs of a case's embed page, of embed.js and of its oEmbed document. */
export function embedUrls(caseId: string) {
  const abs = (path: string) => toAbsoluteUrl(path, import.meta.env.SITE ?? SITE.origin);
  return {
    page: abs(paths.to(`embed/${caseId}/`)),
    script: abs(paths.to('embed.js')),
    oembed: abs(paths.to(`oembed/${caseId}.json`)),
    caseUrl: urls.case(caseId),
  };
}

let container: Promise<AstroContainer> | undefined;

interface MarkupProps {
  kind: 'iframe' | 'script' | 'element' | 'frame';
  src: string;
  title?: string;
  height?: number;
}

async function render(props: MarkupProps): Promise<string> {
  container ??= AstroContainer.create();
  return (await (await container).renderToString(EmbedMarkup, { props: { ...props } })).trim();
}

/** The snippets a publisher pastes to embed a case. */
export interface EmbedSnippets {
  /** A plain iframe: works where the host page allows no scripts. */
  iframe: string;
  /** One module script and one <casetrail-timeline> element. */
  element: string;
  /** One module script and one <casetrail-frame>: the iframe, sized to its content. */
  frame: string;
}

/** Return the embed snippets of a case, with absolute URLs. */
export async function embedSnippets(caseId: string, title: string): Promise<EmbedSnippets> {
  const u = embedUrls(caseId);
  const script = await render({ kind: 'script', src: u.script });
  return {
    iframe: await render({
      kind: 'iframe',
      src: u.page,
      title: `${title} · ${SITE_NAME} timeline`,
      height: IFRAME_HEIGHT,
    }),
    element: `${script}\n${await render({ kind: 'element', src: caseId })}`,
    frame: `${script}\n${await render({ kind: 'frame', src: caseId })}`,
  };
}
