import type { EmbedCase } from '../lib/embed/embed-case';
import { chartDataUrl, compactToEmbed } from '../lib/embed/from-compact';

/** Why a case could not be shown: it does not exist, the request failed, or the JSON is not a case. */
export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    readonly reason: 'missing' | 'failed' | 'invalid',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// Several widgets of one case on a page share one request.
const loads = new Map<string, Promise<EmbedCase>>();

async function fetchCase(src: string): Promise<EmbedCase> {
  const url = chartDataUrl(src);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw new LoadError('failed', `could not fetch ${url}`, { cause });
  }
  if (response.status === 404 || response.status === 410)
    throw new LoadError('missing', `${url} does not exist`);
  if (!response.ok) throw new LoadError('failed', `${url} answered HTTP ${response.status}`);
  try {
    // Anything but chart data (a case document of the data API too) fails its checks by name.
    return compactToEmbed(await response.json(), response.url || url);
  } catch (cause) {
    throw new LoadError('invalid', `${url} is not a Casetrail case's data`, { cause });
  }
}

/** Return the case at a data URL, fetching it once per page; a failed load is tried again next time. */
export function loadCase(url: string): Promise<EmbedCase> {
  let load = loads.get(url);
  if (!load) {
    load = fetchCase(url);
    loads.set(url, load);
    load.catch(() => loads.delete(url));
  }
  return load;
}
