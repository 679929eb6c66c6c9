/**
 * The fixed choices of the content schemas, without zod, so the web editor (src/admin/browser/cmsConfig.ts)
 * can offer them without shipping zod to the browser (zod probes `Function('')`, which the editor's
 * CSP reports as a violation). src/model/schema.ts builds its rules from these.
 */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

export const audiences = ['beneficiaries', 'professionals', 'everyone'] as const;
export type Audience = (typeof audiences)[number];

/** Ways personal data may lawfully go to a country outside the EU (GDPR Art. 45, 46). */
export const transferBases = ['dpf', 'scc'] as const;
export type TransferBasis = (typeof transferBases)[number];
