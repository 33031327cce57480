import { encodeFacetTable } from '../../lib/search/facet-table';
import { searchPages } from '../../lib/search/pages';
import { jsonResponse } from '../../site/feeds';
import { getModel } from '../../site/model';

/** Serve the facet table the search page counts and filters with, in the index's sort order. */
export async function GET() {
  return jsonResponse(encodeFacetTable(searchPages(await getModel())));
}
