import { buildApiIndex } from '../../lib/data/api';
import { jsonResponse } from '../../site/feeds';
import { urls } from '../../site/paths';
import { getModel } from '../../site/model';

/** Serve the API's entry point: every case and actor with the URLs of their data and feeds. */
export async function GET() {
  return jsonResponse(buildApiIndex(await getModel(), urls));
}
