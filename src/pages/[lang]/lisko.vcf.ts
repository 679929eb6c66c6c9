/** `/<lang>/lisko.vcf`: "save to contacts", with the home page in that language. */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { getContact } from '../../model/entries.ts';
import { languagePaths } from '../../routing/staticPaths.ts';
import { pageUrl } from '../../routing/urls.ts';
import { contactCard } from '../../contact/vcard.ts';
import { countryName } from '../../contact/country.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const contact = await getContact();
  const body = contactCard({
    ...contact,
    country: countryName,
    url: new URL(pageUrl(lang, 'home'), site ?? 'http://localhost:4321').href,
    lang: locales[lang].lang,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
