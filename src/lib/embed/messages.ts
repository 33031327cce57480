// The one message the iframe sends its host page, and the checks the host applies to it.

/** The `type` of the message the embed page posts when its height changes. */
export const RESIZE_MESSAGE_TYPE = 'casetrail:resize';

/** The largest height a resize message may ask for, so a bad message cannot grow a page without end. */
export const MAX_FRAME_HEIGHT = 20_000;

/** What the iframe posts to its parent: `{ type: 'casetrail:resize', height }` in CSS pixels. */
export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
}

/** Return the resize message for a content height, rounded up to whole pixels. */
export function createResizeMessage(height: number): ResizeMessage {
  return {
    type: RESIZE_MESSAGE_TYPE,
    height: Math.min(MAX_FRAME_HEIGHT, Math.max(0, Math.ceil(height))),
  };
}

/** Return the height a message asks for if it is a well-formed resize message, else null. */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as Record<string, unknown>;
  if (type !== RESIZE_MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height))
    return null;
  return height >= 0 && height <= MAX_FRAME_HEIGHT ? Math.ceil(height) : null;
}

/** The parts of a `message` event the host checks. */
export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * Return the height to give an iframe for a `message` event, or null to ignore it: the message
 * must come from the Casetrail origin and from that very iframe's window, and be well formed.
 */
export function acceptResizeMessage(
  event: MessageLike,
  expected: { origin: string; source: unknown },
): number | null {
  if (event.origin !== expected.origin || event.source === null || event.source !== expected.source)
    return null;
  return readResizeMessage(event.data);
}
