/**
 * What the contact form sends, as the privacy notice lists it (`{{formFields}}` in
 * content/pages/<lang>/privacy.md): made from the form's own field list and needs
 * (src/contact/browser/fields.ts), so the notice cannot describe another form than the one built.
 * Pure, for the page (src/model/settingTokens.ts writes it as HTML) and the unit tests.
 */
import type { UiKey } from '../i18n/ui.ts';
import { fieldNames, fieldNeeds, pageFields, type FieldName, type FieldNeed, type PageFieldName } from './browser/fields.ts';

/** `automatic`: filled in by the page, sent with every message. */
export type ListedNeed = FieldNeed | 'automatic';

/** Every field the form sends, in the form's order, with how it is needed. */
export const sentFields: readonly { name: FieldName | PageFieldName; need: ListedNeed }[] = [
  ...fieldNames.map((name) => ({ name, need: fieldNeeds[name] })),
  ...Object.values(pageFields).map((name) => ({ name, need: 'automatic' as const })),
];

type Words = (key: UiKey, vars?: Record<string, string>) => string;

/** One line of the list in the words of one language: "Ihr Name: Pflichtfeld". */
export function fieldItemText(t: Words, { name, need }: (typeof sentFields)[number]): string {
  return t('privacy.fieldItem', { field: t(`privacy.field.${name}`), need: t(`privacy.need.${need}`) });
}
