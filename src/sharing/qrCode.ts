/**
 * A QR code as SVG drawing data, made at build time by the `qrcode` library: the code's size in
 * modules and one path of its dark modules (drawn as 1-unit strokes, as the library draws them).
 * The page draws its own <svg> from these, so no library markup goes into the page as HTML.
 */
import QRCode from 'qrcode';

export interface QrDrawing {
  size: number;
  path: string;
}

export async function qrDrawing(text: string): Promise<QrDrawing> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error(`qrcode: unexpected SVG output for ${text}`);
  return { size, path };
}
