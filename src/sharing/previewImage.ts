/**
 * The preview image a messaging app shows for a link (Open Graph `og:image`, 1200×630 PNG), drawn
 * at build time with @napi-rs/canvas (Skia with HarfBuzz: Arabic is joined and laid out right to
 * left, Ethiopic shaped) and the Noto fonts from npm (@fontsource), registered under their own
 * names so the machine's fonts are never picked.
 *
 * Composed for any crop: chat apps often show only the middle square, then shrink it to a
 * thumbnail. So every word stands, centred, inside the middle 630×630 square (with a margin), at
 * sizes still legible when that square is 300 px wide; the sides are plain background.
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
const background = '#0b5350';
const accent = '#f2c14e';

/** The middle square a chat app may crop to, and the margin kept inside it. */
export const centreSquare = { x: (previewSize.width - previewSize.height) / 2, size: previewSize.height, margin: 48 } as const;

/**
 * Font sizes tried, largest first, for each part; the smallest is still legible with the square
 * shown 300 px wide (×0.48): the title at 23 px, the tagline at 17 px.
 */
export const sizes = {
  name: [104],
  title: [76, 70, 64, 58, 52, 48],
  tagline: [44, 40, 36],
} as const;
const maxLines = { name: 1, title: 3, tagline: 3 } as const;
/** From this size down a title is still legible, but fewer lines no longer win over a larger size. */
const comfortableTitle = 58;
const lineHeight = { name: 1.05, title: 1.2, tagline: 1.3 } as const;

export interface PreviewText {
  /** The page's title, in its own language (a page not translated yet shows the German one). */
  title: { text: string; lang: string; dir: 'ltr' | 'rtl' };
  /** The line under the title (the site's tagline in the page's language). */
  tagline: { text: string; lang: string; dir: 'ltr' | 'rtl' };
}

/** One line of text as drawn: its words, font, centre baseline and the box it covers. */
export interface PlacedLine {
  part: keyof typeof sizes;
  text: string;
  font: string;
  size: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  baseline: number;
  box: { left: number; right: number; top: number; bottom: number };
}

/** Words into lines no wider than `width`; undefined when a word alone is wider or more than `max` lines are needed. */
function greedyWrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else if (ctx.measureText(word).width <= width) lines.push(word);
    else return undefined;
  }
  return lines.length <= max ? lines : undefined;
}

/** As few lines as fit, of even length (as CSS `text-wrap: balance`): no lone word on a line of its own. */
function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] | undefined {
  let lines = greedyWrap(ctx, text, width, max);
  if (!lines) return undefined;
  for (let narrower = width - 8; narrower > 0; narrower -= 8) {
    const tried = greedyWrap(ctx, text, narrower, lines.length);
    if (!tried) break;
    lines = tried;
  }
  return lines;
}

/** The smallest size's lines when nothing fits: cut to `max` lines, long words broken by letter. */
function forceWrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [''];
  for (const char of [...text.trim().replace(/\s+/g, ' ')]) {
    const line = lines[lines.length - 1]!;
    if (ctx.measureText(line + char).width <= width || line === '') lines[lines.length - 1] = line + char;
    else lines.push(char.trim());
  }
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && ctx.measureText(`${last}…`).width > width) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last}…`;
  return kept;
}

/** Where each line goes: the largest sizes that fit, the whole block centred in the middle square. */
export function previewLayout(ctx: SKRSContext2D, { title, tagline }: PreviewText): PlacedLine[] {
  registerFonts();
  // The room inside the square's margins, across and down.
  const width = centreSquare.size - 2 * centreSquare.margin;
  const parts = [
    { part: 'name', text: 'LISKO', weight: 700, lang: 'lb', dir: 'ltr' },
    { part: 'title', weight: 700, ...title },
    { part: 'tagline', weight: 400, ...tagline },
  ] as const;
  // LISKO, the accent bar, the title, the tagline: gaps in proportion to the type.
  const gaps = { afterName: 56, afterTitle: 28 };
  const fit = (part: (typeof parts)[number], size: number, force = false) => {
    const font = `${part.weight} ${size}px ${families}`;
    ctx.font = font;
    const lines = force ? forceWrap(ctx, part.text, width, maxLines[part.part]) : wrap(ctx, part.text, width, maxLines[part.part]);
    return lines && { ...part, lines, size, font, height: lines.length * size * lineHeight[part.part] };
  };
  const height = (blocks: { height: number }[]) => blocks.reduce((sum, block) => sum + block.height, 0) + gaps.afterName + gaps.afterTitle;
  const [name, titlePart, taglinePart] = parts;
  const named = fit(name, sizes.name[0])!;
  // The title in as few lines as fit at a comfortable size (no lone word on a line of its own),
  // as large as that allows; then the largest tagline that fits with it. Else the smallest, cut.
  const titles = sizes.title
    .map((size) => fit(titlePart, size))
    .filter((block) => block !== undefined)
    .sort((a, b) => Number(b.size >= comfortableTitle) - Number(a.size >= comfortableTitle) || a.lines.length - b.lines.length || b.size - a.size);
  const choose = () => {
    for (const fittedTitle of titles) {
      for (const taglineSize of sizes.tagline) {
        const fittedTagline = fit(taglinePart, taglineSize);
        if (fittedTagline && height([named, fittedTitle, fittedTagline]) <= width) return [named, fittedTitle, fittedTagline];
      }
    }
    return [named, fit(titlePart, sizes.title.at(-1)!, true)!, fit(taglinePart, sizes.tagline.at(-1)!, true)!];
  };
  const blocks = choose();
  let top = (previewSize.height - height(blocks)) / 2;
  const placed: PlacedLine[] = [];
  for (const block of blocks) {
    const step = block.size * lineHeight[block.part];
    block.lines.forEach((text, index) => {
      ctx.font = block.font;
      ctx.direction = block.dir;
      ctx.lang = block.lang;
      const metrics = ctx.measureText(text);
      const lineTop = top + index * step;
      // The baseline sits where the line's ascent ends, with the line's extra height split above and below.
      const baseline = lineTop + (step - block.size) / 2 + block.size * 0.8;
      placed.push({
        part: block.part,
        text,
        font: block.font,
        size: block.size,
        lang: block.lang,
        dir: block.dir,
        baseline,
        box: {
          left: previewSize.width / 2 - metrics.width / 2,
          right: previewSize.width / 2 + metrics.width / 2,
          top: baseline - metrics.actualBoundingBoxAscent,
          bottom: baseline + metrics.actualBoundingBoxDescent,
        },
      });
    });
    top += block.height + (block.part === 'name' ? gaps.afterName : gaps.afterTitle);
  }
  return placed;
}

export function previewImage(text: PreviewText): Buffer {
  registerFonts();
  const { width, height } = previewSize;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  const lines = previewLayout(ctx, text);
  // The accent bar, centred between LISKO and the title.
  const name = lines.find((line) => line.part === 'name')!;
  const title = lines.find((line) => line.part === 'title')!;
  ctx.fillStyle = accent;
  ctx.fillRect(width / 2 - 60, (name.box.bottom + title.box.top) / 2 - 4, 120, 8);
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  for (const line of lines) {
    ctx.font = line.font;
    ctx.direction = line.dir;
    ctx.lang = line.lang;
    ctx.fillText(line.text, width / 2, line.baseline);
  }
  return canvas.toBuffer('image/png');
}
