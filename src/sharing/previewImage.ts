/**
 * The preview image a messaging app shows for a link (Open Graph `og:image`, 1200×630 PNG), drawn
 * at build time with @napi-rs/canvas (Skia with HarfBuzz: Arabic is joined and laid out right to
 * left, Ethiopic shaped) and the Noto fonts from npm (@fontsource), registered under their own
 * names so the machine's fonts are never picked.
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontFiles = {
  'LISKO Latin': ['@fontsource/noto-sans', ['latin', 'latin-ext']],
  'LISKO Arabic': ['@fontsource/noto-sans-arabic', ['arabic']],
  'LISKO Ethiopic': ['@fontsource/noto-sans-ethiopic', ['ethiopic']],
} as const;
let registered = false;

function registerFonts(): void {
  if (registered) return;
  for (const [family, [pkg, subsets]] of Object.entries(fontFiles)) {
    const files = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
    for (const subset of subsets) {
      for (const weight of [400, 700]) GlobalFonts.registerFromPath(join(files, `${pkg.split('/')[1]}-${subset}-${weight}-normal.woff2`), family);
    }
  }
  registered = true;
}

const families = Object.keys(fontFiles)
  .map((family) => `'${family}'`)
  .join(', ');
export const previewSize = { width: 1200, height: 630 } as const;

/** Words into lines no wider than `width` (at most `max` lines, the last one cut with an ellipsis). */
function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]}…`] : lines;
}

export interface PreviewText {
  /** The page's title, in the page's language. */
  title: string;
  /** The line under LISKO (the site's tagline in that language). */
  tagline: string;
  dir: 'ltr' | 'rtl';
  lang: string;
}

export function previewImage({ title, tagline, dir, lang }: PreviewText): Buffer {
  registerFonts();
  const { width, height } = previewSize;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const margin = 80;
  const start = dir === 'rtl' ? width - margin : margin;
  ctx.fillStyle = '#0b5350';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#f2c14e';
  ctx.fillRect(dir === 'rtl' ? width - margin - 120 : margin, 250, 120, 8);
  ctx.fillStyle = '#ffffff';
  ctx.direction = dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  ctx.lang = lang;
  ctx.font = `700 120px ${families}`;
  ctx.fillText('LISKO', start, 200);
  ctx.font = `400 40px ${families}`;
  ctx.fillText(wrap(ctx, tagline, width - 2 * margin, 1)[0] ?? '', start, 330);
  ctx.font = `700 64px ${families}`;
  wrap(ctx, title, width - 2 * margin, 3).forEach((line, index) => ctx.fillText(line, start, 440 + index * 80));
  return canvas.toBuffer('image/png');
}
