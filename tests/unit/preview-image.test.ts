/**
 * The link preview images (src/sharing/previewImage.ts), drawn for every language and kind of page
 * from the real titles: whatever a chat app crops to its middle square keeps every word, and the
 * words stay legible when that square is shown 300 px wide.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import { defaultLocale, locales, localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { pageNames } from '../../src/routing/pages.ts';
import { centreSquare, previewImage, previewLayout, previewSize, type PreviewText } from '../../src/sharing/previewImage.ts';
import { frontmatterOf } from '../support/siteContent.ts';

const ui = (lang: Locale) => JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8')) as Record<string, string>;

/** What the preview route draws for a page: its title (the German one while untranslated) and the page language's tagline. */
function previewText(lang: Locale, kind: string): PreviewText {
  const file = (code: Locale) => `content/pages/${code}/${kind}.md`;
  const titleLang = kind === 'handout' || existsSync(file(lang)) ? lang : defaultLocale;
  const title = kind === 'handout' ? ui(lang)['handout.title']! : (frontmatterOf(file(titleLang)) as { title: string }).title;
  return {
    title: { text: title, lang: locales[titleLang].lang, dir: locales[titleLang].dir },
    tagline: { text: ui(lang)['site.tagline']!, lang: locales[lang].lang, dir: locales[lang].dir },
  };
}

/** The shown size of a font size when the middle square is scaled to a 300 px thumbnail. */
const atThumbnail = (size: number) => (size * 300) / centreSquare.size;

describe.each(localeCodes)('%s', (lang) => {
  test.each([...pageNames, 'handout'])('%s: every word inside the middle square, legible at 300 px', async (kind) => {
    const text = previewText(lang, kind);
    const png = previewImage(text);
    const image = await loadImage(png);
    const canvas = createCanvas(previewSize.width, previewSize.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, previewSize.width, previewSize.height);
    const background = [data[0], data[1], data[2]];
    // Where anything but the background is drawn (text, the accent bar), as a bounding box.
    let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let y = 0; y < previewSize.height; y++) {
      for (let x = 0; x < previewSize.width; x++) {
        const i = (y * previewSize.width + x) * 4;
        if (Math.abs(data[i]! - background[0]!) + Math.abs(data[i + 1]! - background[1]!) + Math.abs(data[i + 2]! - background[2]!) < 24) continue;
        [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
      }
    }
    // Half the margin as slack for anti-aliasing and letters that reach past their advance.
    const slack = centreSquare.margin / 2;
    expect(left, 'drawn from').toBeGreaterThanOrEqual(centreSquare.x + slack);
    expect(right, 'drawn to').toBeLessThanOrEqual(centreSquare.x + centreSquare.size - slack);
    expect(top, 'drawn from the top').toBeGreaterThanOrEqual(slack);
    expect(bottom, 'drawn down to').toBeLessThanOrEqual(previewSize.height - slack);

    // Every word of the title and the tagline is drawn, none cut; each legible in the thumbnail.
    const lines = previewLayout(createCanvas(1, 1).getContext('2d'), text);
    for (const part of ['title', 'tagline'] as const) {
      const drawn = lines.filter((line) => line.part === part);
      expect(drawn.map((line) => line.text).join(' '), part).toBe(text[part].text.trim().replace(/\s+/g, ' '));
      for (const line of drawn) expect(atThumbnail(line.size), `${part} in px at 300 px`).toBeGreaterThanOrEqual(part === 'title' ? 22 : 16);
    }
  });
});
