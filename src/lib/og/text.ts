import type { CaseData } from '../../schemas/case';
import { formatEventDate } from '../dates';
import { enumLabel, eventStatusLabel, jurisdictionLabel } from '../labels';
import { eventsOfCase } from '../model/queries';
import type { Entry, Model, ModelEvent } from '../model/types';
import type { CardText } from './card';

/** Return what an event's card says: kind and place, title, date with its precision, its case. */
export function eventCardText(model: Model, event: ModelEvent, siteName: string): CardText {
  const { data } = event;
  const place = data.jurisdiction ? ` · ${jurisdictionLabel(data.jurisdiction)}` : '';
  const status = data.status === 'occurred' ? '' : ` · ${eventStatusLabel(data.status)}`;
  const cases = data.cases.map((id) => model.cases.get(id)?.data.title ?? id);
  return {
    kicker: `${enumLabel(data.kind)}${place}`,
    title: data.title,
    date: `${formatEventDate(data.date)}${status}`,
    footer: cases.join(' · '),
    siteName,
  };
}

/** Return what a case's card says: its status, title, the span of its events and their count. */
export function caseCardText(
  kase: Entry<CaseData>,
  events: ModelEvent[],
  siteName: string,
): CardText {
  const first = events[0];
  const last = events.at(-1);
  const span =
    first && last
      ? first === last
        ? formatEventDate(first.data.date)
        : `${formatEventDate(first.data.date)} – ${formatEventDate(last.data.date)}`
      : undefined;
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;
  return {
    kicker: `Case · ${enumLabel(kase.data.status)}`,
    title: kase.data.title,
    ...(span && { date: span }),
    footer: [count, ...kase.data.jurisdictions.map(jurisdictionLabel)].join(' · '),
    siteName,
  };
}

/** Return the text of every card of a site: each case's, then each event's, in model order. */
export function allCardTexts(model: Model, siteName: string): CardText[] {
  return [
    ...[...model.cases.values()].map((kase) =>
      caseCardText(kase, eventsOfCase(model, kase.id), siteName),
    ),
    ...model.events.map((event) => eventCardText(model, event, siteName)),
  ];
}
