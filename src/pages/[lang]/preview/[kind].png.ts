/** `/<lang>/preview/<kind>.png`: the link preview image of each kind of page, in each language (src/sharing/previewImage.ts). */
import type { APIRoute } from 'astro';
import { localeCodes, locales, type Locale } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/ui.ts';
import { getPage } from '../../../model/entries.ts';
import { previewImage } from '../../../sharing/previewImage.ts';
import type { PreviewKind } from '../../../routing/urls.ts';
import { pageNames, type PageName } from '../../../routing/pages.ts';

const kinds: PreviewKind[] = [...pageNames, 'handout'];

export function getStaticPaths() {
  return localeCodes.flatMap((lang) => kinds.map((kind) => ({ params: { lang, kind } })));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Locale;
  const kind = params['kind'] as PreviewKind;
  const t = useTranslations(lang);
  const page = kind === 'handout' ? undefined : await getPage(lang, kind as PageName);
  // A page not translated yet shows its German title, as the page itself does; the tagline is the page's language's.
  const titleLanguage = locales[page ? page.textLang : lang];
  const title = page ? page.entry.data.title : t('handout.title');
  const png = previewImage({
    title: { text: title, lang: titleLanguage.lang, dir: titleLanguage.dir },
    tagline: { text: t('site.tagline'), lang: locales[lang].lang, dir: locales[lang].dir },
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
