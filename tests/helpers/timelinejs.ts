import { DOMParser, parseHTML } from 'linkedom';

/** The parts of TimelineJS's own config loader that tests use. */
export interface TimelineJsConfig {
  validate(): void;
  isValid(): boolean;
  getErrors(): string[];
  title: { unique_id: string; text: { headline: string } };
  events: {
    unique_id: string;
    start_date: { data: { format: string; date_obj: Date } };
    end_date?: { data: { format: string; date_obj: Date } };
    display_date?: string;
    group?: string;
    text: { headline: string; text: string };
  }[];
}

/**
 * Load a document with TimelineJS 3's own TimelineConfig (what `new TL.Timeline()` runs on
 * its data), in a linkedom window, since the module reads `window` when it loads.
 */
export async function loadWithTimelineJs(data: unknown): Promise<TimelineJsConfig> {
  if (!('window' in globalThis)) {
    // Browsers wrap a fragment in <html><body>; linkedom needs the document spelled out.
    const parser = new DOMParser();
    class BrowserLikeParser {
      parseFromString(text: string) {
        return parser.parseFromString(
          `<!doctype html><html><body>${text}</body></html>`,
          'text/html',
        );
      }
    }
    const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, {
      window,
      document,
      DOMParser: BrowserLikeParser,
      getComputedStyle: () => ({}),
    });
  }
  const { TimelineConfig } = (await import(
    // @ts-expect-error TimelineJS ships its source without types
    '@knight-lab/timelinejs/src/js/core/TimelineConfig.js'
  )) as { TimelineConfig: new (data: unknown) => TimelineJsConfig };
  // TimelineJS turns the slides it is given into its own objects; give it a copy.
  const config = new TimelineConfig(structuredClone(data));
  config.validate();
  return config;
}

/** A slide reduced to what an import → build → export round trip must keep. */
export interface ComparableSlide {
  headline: string;
  start: { year: number; month?: number; day?: number };
  end?: { year: number; month?: number; day?: number };
  media?: { url: string; credit?: string; caption?: string };
  group?: string;
}

type LooseDate = Record<string, unknown> | undefined;
type LooseSlide = {
  start_date?: LooseDate;
  end_date?: LooseDate;
  text?: { headline?: string };
  media?: Record<string, string | undefined>;
  group?: string;
};

const text = (html: string | undefined) =>
  parseHTML(`<!doctype html><html><body>${html ?? ''}</body></html>`)
    .document.body.textContent.replace(/\s+/g, ' ')
    .trim();

function dayParts(date: LooseDate): ComparableSlide['start'] | undefined {
  const n = (v: unknown) =>
    typeof v === 'number' || (typeof v === 'string' && v.trim() !== '') ? Number(v) : undefined;
  const year = n(date?.year);
  if (year === undefined) return undefined;
  const month = n(date?.month);
  const day = n(date?.day);
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/**
 * Return a TimelineJS slide (a source's or an export's) as the round trip compares it: the
 * headline as text, the date parts without the time, the media (a protocol-relative address read
 * as https, a quotation by its text), the group.
 */
export function comparableSlide(slide: LooseSlide): ComparableSlide {
  const start = dayParts(slide.start_date);
  if (!start) throw new Error(`slide "${slide.text?.headline}" has no start year`);
  const end = dayParts(slide.end_date);
  const url = slide.media?.url?.trim() ?? '';
  const media = url
    ? {
        url: url.startsWith('<blockquote')
          ? `<blockquote>${text(url)}</blockquote>`
          : url.replace(/^\/\//, 'https://'),
        ...(text(slide.media?.credit) && { credit: text(slide.media?.credit) }),
        ...(text(slide.media?.caption) && { caption: text(slide.media?.caption) }),
      }
    : undefined;
  return {
    headline: text(slide.text?.headline),
    start,
    ...(end && JSON.stringify(end) !== JSON.stringify(start) && { end }),
    ...(media && { media }),
    ...(slide.group && { group: text(slide.group) }),
  };
}
