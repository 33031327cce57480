// The harness shared by tests/ and bench/ (neither imports the other): the project root, one
// Chromium launcher and the synthetic timeline events. Never imported by the site's build.
import { resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
