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

/**
 * Where the host keeps the site, for its visitors' IP addresses: in the EU or EEA (`eea`, no
 * transfer), or outside, with a Commission adequacy decision for that country (`adequacy`), the
 * EU–US Data Privacy Framework (`dpf`) or standard contractual clauses (`scc`).
 */
export const hostTransferBases = ['eea', 'adequacy', ...transferBases] as const;
export type HostTransferBasis = (typeof hostTransferBases)[number];

/** The EU's 27 members and Iceland, Liechtenstein and Norway (the EEA), as ISO 3166 codes. */
export const eeaCountries: readonly string[] = [
  ...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
  ...['IS', 'LI', 'NO'],
];

/** How far the site meets WCAG 2.2 AA, in the words of the EU's model accessibility statement: fully, partially, not. */
export const conformanceLevels = ['full', 'partial', 'none'] as const;
export type ConformanceLevel = (typeof conformanceLevels)[number];
