import { createPaths } from '../lib/paths';

/** The site's paths under the configured `base`. */
export const paths = createPaths(import.meta.env.BASE_URL);
