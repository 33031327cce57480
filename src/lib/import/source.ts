import { sourceIdFor, titleFromUrl, webUrl, type SlideMedia } from './media';
import { RowError } from './timeline-date';

/** A source as an imported event cites it. */
export interface ImportedSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  kind: string;
}

/** The Casetrail source columns a spreadsheet may add. */
export interface SourceColumns {
  sourceTitle?: string;
  sourcePublisher?: string;
  sourceUrl?: string;
  sourceKind?: string;
}

/** The source for slides that carry none (`--source-title` and friends). */
export interface FallbackSource {
  title: string;
  publisher?: string;
  url?: string;
  kind?: 'primary' | 'secondary';
}

const withId = (source: Omit<ImportedSource, 'id'>, fromUrl = false): ImportedSource => ({
  id: sourceIdFor(source, fromUrl) || 'source',
  ...source,
  // "Dr. Seuss, Dr. Seuss": a credit that became the title is not repeated as the publisher.
  publisher: source.publisher && source.publisher !== source.title ? source.publisher : undefined,
});

/**
 * Return the source an imported event cites: the sheet's source columns, else the media's
 * credit and address (its `link`, else its `url`), else the `--source-title` given for the whole file. Notes say what was
 * guessed (a title made from an address).
 */
export function sourceFor(
  columns: SourceColumns | undefined,
  media: SlideMedia,
  mediaTitle: string,
  mediaLink: string | undefined,
  fallback: FallbackSource | undefined,
  notes: string[],
): ImportedSource {
  if (columns?.sourceTitle) {
    return withId({
      title: columns.sourceTitle,
      publisher: columns.sourcePublisher || undefined,
      url: webUrl(columns.sourceUrl),
      kind: columns.sourceKind || 'secondary',
    });
  }
  const { credit, caption } = media;
  // TimelineJS's `media.link` is where the media leads (the article a photo illustrates).
  const url = webUrl(mediaLink) ?? (media.kind === 'web' ? media.url : undefined);
  if (credit || url) {
    const title = caption || mediaTitle || credit;
    if (title) return withId({ title, publisher: credit || undefined, url, kind: 'secondary' });
    notes.push(
      `the source title "${titleFromUrl(url as string)}" is made from the media address; write the page's real title`,
    );
    return withId({ title: titleFromUrl(url as string), url, kind: 'secondary' }, true);
  }
  if (fallback) return withId({ ...fallback, kind: fallback.kind ?? 'secondary' });
  const why =
    media.kind === 'quote'
      ? 'the media is a quotation with no credit'
      : media.kind === 'unusable'
        ? `the media ${media.what}, and there is no media credit`
        : 'the slide has no media credit or url';
  throw new RowError(
    `no source: ${why}; pass --source-title (and --source-publisher, --source-url) to use one source for such slides`,
  );
}
