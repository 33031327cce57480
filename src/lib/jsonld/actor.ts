import type { ActorData } from '../../schemas/actor';
import type { ActorKind } from '../../schemas/enums';
import type { Entry } from '../model/types';
import { toAbsoluteUrl } from '../paths';
import type { JsonLd, JsonLdContext } from './event';

/** The schema.org type for each kind of actor; only what the kind itself says, nothing inferred. */
export const ACTOR_TYPES: Record<ActorKind, string> = {
  company: 'Corporation',
  court: 'GovernmentOrganization',
  regulator: 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  ngo: 'NGO',
  'consumer-organisation': 'Organization',
  media: 'NewsMediaOrganization',
  person: 'Person',
  other: 'Organization',
};

/** Return an actor page's JSON-LD: a Person, or an Organization of the fitting subtype. */
export function actorJsonLd(actor: Entry<ActorData>, ctx: JsonLdContext): JsonLd {
  const { data } = actor;
  const page = toAbsoluteUrl(ctx.paths.actor(actor.id), ctx.site);
  const type = ACTOR_TYPES[data.kind];
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': page,
    name: data.name,
    mainEntityOfPage: page,
    ...(data.aliases.length > 0 && { alternateName: data.aliases }),
    ...(data.description && { description: data.description }),
    ...(data.url && { url: data.url }),
    // A person's country in the sources may be residence or nationality; only organisations get an address.
    ...(data.country &&
      type !== 'Person' && { address: { '@type': 'PostalAddress', addressCountry: data.country } }),
  };
}
