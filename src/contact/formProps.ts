/**
 * Everything the contact form island needs, prepared at build time for one language: the
 * Formspree target, the translated `form.*` strings (only those: the dictionary stays on the
 * server) and the choices. The telephone numbers and hours it shows come as its children
 * (src/components/contact/OtherWays.astro).
 */
import { getEntry } from 'astro:content';
import { settingsFile } from '../model/settingTokens.ts';
import { servicesNotAsTopic } from './browser/fields.ts';
import type { ContactFormProps } from './browser/props.ts';
import { formMessages } from './formMessages.ts';
import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { getServices } from '../model/entries.ts';
import { resolveFormspree, type FormspreeTarget } from './formspree.ts';
import { pageUrl } from '../routing/urls.ts';
import { typeset } from '../model/typography.ts';

/** LISKO's staff read submissions in German, the site's source language: "Arabisch (ar)". */
const germanName = (code: Locale) => `${new Intl.DisplayNames(defaultLocale, { type: 'language' }).of(code) ?? code} (${code})`;

/** The subject line of the e-mail LISKO receives, naming the language the visitor wrote from. */
export function formSubject(lang: Locale): string {
  return `Kontaktformular der LISKO-Website – Seite auf ${germanName(lang)}`;
}

export async function getFormspreeTarget(): Promise<FormspreeTarget> {
  const settings = await getEntry('settings', 'site');
  if (!settings) throw new Error(`${settingsFile} is missing`);
  return resolveFormspree(settings.data.formspreeFormId, import.meta.env);
}

export async function contactFormProps(lang: Locale, headingId: string): Promise<ContactFormProps> {
  const t = useTranslations(lang);
  const [target, services, originals] = await Promise.all([getFormspreeTarget(), getServices(lang), getServices(defaultLocale)]);
  const germanTitle = new Map(originals.map((service) => [service.slug, service.entry.data.title]));
  return {
    headingId,
    action: target.action,
    origin: target.origin,
    formId: target.formId,
    subject: formSubject(lang),
    pageLanguage: germanName(lang),
    messages: formMessages(lang),
    languages: localeCodes.map((code) => ({ value: germanName(code), label: locales[code].label, lang: locales[code].lang, dir: locales[code].dir })),
    topics: [
      ...services
        .filter((service) => !servicesNotAsTopic.includes(service.slug))
        // Typeset in the title's language, as the build typesets the page (the island renders these itself).
        .map((service) => ({ value: germanTitle.get(service.slug) ?? service.slug, label: typeset(service.textLang, service.entry.data.title) })),
      { value: useTranslations(defaultLocale)('form.topicOther'), label: typeset(lang, t('form.topicOther')) },
    ],
    privacyUrl: pageUrl(lang, 'privacy'),
  };
}
