/**
 * The fixed choices of the content schemas, without zod, so the web editor (src/admin/browser/cmsConfig.ts)
 * can offer them without shipping zod to the browser (zod probes `Function('')`, which the editor's
 * CSP reports as a violation). src/content/schema.ts builds its rules from these.
 */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * The groups a service can be labelled as being for. A label says a service is only for that
 * group, so it is shown only where LISKO's own description (the facts the site is built from) says
 * so: see `namedAudiences`. The other services are for LISKO's users in general and carry none.
 */
export const audiences = ['professionals'] as const;
export type Audience = (typeof audiences)[number];

/**
 * The services whose audience LISKO's own description names, by file name: only the training
 * „In der Haut eines Flüchtlings“ („für Fachleute“). The content check refuses an `audience` on
 * any other service (src/content/check.ts); a group LISKO names later is added here.
 */
export const namedAudiences: Readonly<Record<string, Audience>> = { training: 'professionals' };

/** Ways personal data may lawfully go to a country outside the EU (GDPR Art. 45, 46). */
export const transferBases = ['dpf', 'scc'] as const;
export type TransferBasis = (typeof transferBases)[number];
