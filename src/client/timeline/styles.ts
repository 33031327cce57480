import css from './timeline.css?raw';

/** The timeline's stylesheet as text, for a shadow root (`mountTimeline(root, data, { css })`). */
export const TIMELINE_CSS: string = css;
