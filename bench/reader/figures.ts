/** The figures of a page as readers get it, and their ratios to the peers' host pages. */
import type { SizeFigures, Unit } from '../lib/budgets';
import { PEER_IDS } from '../lib/figures';
import { ratio } from '../lib/stats';
import type { ReaderFigures } from './measure';
import type { WidgetId } from './pages';

/** One row of the readers' table: Casetrail's figure and the peers' figure it is compared with. */
export interface ReaderRow {
  id: string;
  label: string;
  unit: Unit;
  /** Casetrail's figure. */
  ours: string;
  /** The peers' figure, with `{peer}` for the peer's id. */
  peer: string;
}

/**
 * The case page is compared with each peer's whole host page (navigation to a drawn chart): the
 * same events, as a reader opening either page gets them. The widget rows compare like with like.
 */
export const READER_ROWS: ReaderRow[] = [
  {
    id: 'casePage.mainThreadMs',
    label: 'case page: main thread, navigation → live timeline',
    unit: 'ms',
    ours: 'casePage.mainThreadMs',
    peer: 'widget.{peer}.mainThreadMs',
  },
  {
    id: 'casePage.lcpMs',
    label: 'case page: largest contentful paint',
    unit: 'ms',
    ours: 'casePage.lcpMs',
    peer: 'widget.{peer}.lcpMs',
  },
  {
    id: 'casePage.bytes',
    label: 'case page: bytes before interaction, gzip',
    unit: 'bytes',
    ours: 'casePage.bytes',
    peer: 'widget.{peer}.bytes',
  },
  {
    id: 'casePage.domNodes',
    label: 'case page: DOM nodes',
    unit: 'nodes',
    ours: 'casePage.domNodes',
    peer: 'widget.{peer}.domNodes',
  },
  {
    id: 'widget.srcToDrawnMs',
    label: 'widget: main thread, src → drawn chart',
    unit: 'ms',
    ours: 'widget.ours.srcToDrawnMs',
    peer: 'widget.{peer}.srcToDrawnMs',
  },
  {
    id: 'widget.domNodes',
    label: 'widget: DOM nodes (shadow root included)',
    unit: 'nodes',
    ours: 'widget.ours.domNodes',
    peer: 'widget.{peer}.domNodes',
  },
  {
    id: 'widget.dataBytes',
    label: 'widget: data, gzip',
    unit: 'bytes',
    ours: 'widget.ours.dataBytes',
    peer: 'widget.{peer}.dataBytes',
  },
  {
    id: 'widget.bytes',
    label: 'widget: everything transferred, gzip',
    unit: 'bytes',
    ours: 'widget.ours.bytes',
    peer: 'widget.{peer}.bytes',
  },
];

/** Return a row's figure name for a peer. */
export const peerKey = (row: ReaderRow, peer: string) => row.peer.replace('{peer}', peer);

/** Return ours ÷ peer for every reader row both have, keyed `<row id>/<peer>`. */
export function readerRatios(figures: SizeFigures): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const row of READER_ROWS) {
    for (const peer of PEER_IDS) {
      const theirs = figures[peerKey(row, peer)];
      if (figures[row.ours] === undefined || theirs === undefined) continue;
      out[`${row.id}/${peer}`] = ratio(figures[row.ours], theirs);
    }
  }
  return out;
}

/** Return the named figures of one case-page load, for a run's collector. */
export function casePageFigures(f: ReaderFigures): Record<string, number> {
  return {
    'casePage.mainThreadMs': f.mainThreadMs,
    ...(f.lcpMs === null ? {} : { 'casePage.lcpMs': f.lcpMs }),
    'casePage.bytes': f.bytes,
    'casePage.domNodes': f.domNodes,
  };
}

/** Return the named figures of one widget host-page load, for a run's collector. */
export function widgetFigures(id: WidgetId, f: ReaderFigures): Record<string, number> {
  const p = `widget.${id}`;
  return {
    [`${p}.mainThreadMs`]: f.mainThreadMs,
    ...(f.startToLiveMs === null ? {} : { [`${p}.srcToDrawnMs`]: f.startToLiveMs }),
    ...(f.lcpMs === null ? {} : { [`${p}.lcpMs`]: f.lcpMs }),
    [`${p}.bytes`]: f.bytes,
    [`${p}.dataBytes`]: f.dataBytes,
    [`${p}.domNodes`]: f.domNodes,
  };
}
