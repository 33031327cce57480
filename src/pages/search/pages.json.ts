import { encodePageList } from '../../lib/search/page-list';
import { searchPages } from '../../lib/search/pages';
import { jsonResponse } from '../../site/feeds';
import { getModel } from '../../site/model';

/** Serve which page each row of the facet table is, for case pages narrowing their timeline. */
export async function GET() {
  return jsonResponse(encodePageList(searchPages(await getModel())));
}
