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
  // @ts-expect-error TimelineJS ships its source without types
  const { TimelineConfig } = await import('@knight-lab/timelinejs/src/js/core/TimelineConfig.js');
  // TimelineJS turns the slides it is given into its own objects; give it a copy.
  const config = new TimelineConfig(structuredClone(data)) as TimelineJsConfig;
  config.validate();
  return config;
}
