/**
 * The visit fields (who can come, what to bring, appointment, languages at reception, cost) are
 * shipped empty: nothing may be shown until LISKO fills them in, and then exactly what it wrote.
 * Renders the component with Astro's Container API, the way the get-support page does.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import VisitInfo from '../../src/components/contact/VisitInfo.astro';
import type { Locale } from '../../src/i18n/locales.ts';
import { pageSchema, type VisitInfo as VisitInfoData } from '../../src/model/schema.ts';
import { visitFieldNames } from '../../src/model/model.ts';

const container = await AstroContainer.create();
const page = (fields: Record<string, string>) =>
  pageSchema.parse({ title: 'So bekommen Sie Unterstützung', description: 'Kommen Sie zu den Empfangszeiten zu LISKO.', ...fields });
const render = async (props: { lang: Locale; own: VisitInfoData; original: VisitInfoData }) => parse(await container.renderToString(VisitInfo, { props }));
const empty = Object.fromEntries(visitFieldNames.map((field) => [field, '']));

describe('visit fields', () => {
  test('as shipped, empty: nothing is shown, not even the heading', async () => {
    const html = await render({ lang: 'de', own: page(empty), original: page(empty) });
    expect(html.toString().trim()).toBe('');
  });

  test('each field LISKO fills in is shown under its question, and only those', async () => {
    const filled = { ...empty, appointment: 'Test: Termin', cost: 'Test: Kosten' };
    const html = await render({ lang: 'de', own: page(filled), original: page(filled) });
    expect(html.querySelector('h2')?.text).toBe('Gut zu wissen');
    const shown = html.querySelectorAll('dl > div').map((item) => [item.querySelector('dt')?.text, item.querySelector('dd')?.text]);
    expect(shown).toEqual([
      ['Brauchen Sie einen Termin?', 'Test: Termin'],
      ['Kostet es etwas?', 'Test: Kosten'],
    ]);
  });

  test('a translation without the field shows the German words, marked as German', async () => {
    const original = page({ ...empty, whoCanCome: 'Test: wer' });
    const html = await render({ lang: 'ar', own: page(empty), original });
    const answer = html.querySelector('[data-field="whoCanCome"] dd');
    expect(answer?.text).toBe('Test: wer');
    expect(answer?.getAttribute('lang')).toBe('de');
    expect(answer?.getAttribute('dir')).toBe('ltr');
    // The question is in the visitor's language.
    expect(html.querySelector('[data-field="whoCanCome"] dt')?.getAttribute('lang')).toBeUndefined();
  });

  test("a translated field is shown in the visitor's language", async () => {
    const html = await render({ lang: 'fr', own: page({ ...empty, cost: 'Test : coût' }), original: page({ ...empty, cost: 'Test: Kosten' }) });
    const answer = html.querySelector('[data-field="cost"] dd');
    expect(answer?.text).toBe('Test : coût');
    expect(answer?.getAttribute('lang')).toBeUndefined();
  });

  test('an entrance photo, once LISKO adds one, is shown with its description; a translation without one shows the German photo and words, marked as German', async () => {
    const original = page({ ...empty, entrancePhoto: '/images/eingang.jpg', entrancePhotoAlt: 'Test: Glastür' });
    const german = await render({ lang: 'de', own: original, original });
    const img = german.querySelector('.entrance-photo img');
    expect(img?.getAttribute('src')).toMatch(/\/images\/eingang\.jpg$/);
    expect(img?.getAttribute('alt')).toBe('Test: Glastür');
    expect(img?.getAttribute('lang')).toBeUndefined();
    const arabic = (await render({ lang: 'ar', own: page(empty), original })).querySelector('.entrance-photo img');
    expect(arabic?.getAttribute('alt')).toBe('Test: Glastür');
    expect(arabic?.getAttribute('lang')).toBe('de');
    const translated = (await render({ lang: 'ar', own: page({ ...empty, entrancePhotoAlt: 'اختبار: باب زجاجي' }), original })).querySelector(
      '.entrance-photo img',
    );
    expect(translated?.getAttribute('alt')).toBe('اختبار: باب زجاجي');
    expect(translated?.getAttribute('lang')).toBeUndefined();
  });

  test('the check refuses a photo without its description, and an address outside /images/', () => {
    const noAlt = pageSchema.safeParse({ title: 'T', description: 'Kommen Sie zu den Empfangszeiten zu LISKO.', entrancePhoto: '/images/eingang.jpg' });
    expect(noAlt.success).toBe(false);
    expect(noAlt.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['entrancePhotoAlt']);
    const outside = pageSchema.safeParse({
      title: 'T',
      description: 'Kommen Sie zu den Empfangszeiten zu LISKO.',
      entrancePhoto: 'https://example.com/door.jpg',
      entrancePhotoAlt: 'Tür',
    });
    expect(outside.success).toBe(false);
  });
});
