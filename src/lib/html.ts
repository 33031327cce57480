import { escape } from 'html-escaper';

/** Return text with `& < > " '` escaped, safe in HTML and XML text and in quoted attributes. */
export function escapeHtml(text: string): string {
  return escape(text);
}

// In a <script> element, "</script" or "<!--" in the JSON would end or confuse the element; the
// JSON escapes \u003c and friends read back as the same characters.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** Return a value as JSON that is safe inside a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
