import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** Light modules around the code on every side: the QR specification's minimum quiet zone. */
export const QUIET_ZONE = 4;

/**
 * The QR code's modules for `text` (`true` = dark), without the quiet zone. Error correction level M
 * (15 %), so a printed code still scans when a corner is scuffed or a pin goes through it.
 */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/**
 * One SVG path for all dark modules, in module units offset by the quiet zone: each horizontal run of
 * dark modules is one rectangle (`M x y h n v 1 h -n z`), which keeps the path short.
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const run = x - start;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  });
  return parts.join('');
}

/**
 * The QR code for `url` as an SVG element, built in the page (nothing is fetched): a white square
 * with the quiet zone and one black path, named for assistive technology by the address it encodes.
 * Colours are attributes, not styles, so a strict CSP (`style-src 'self'`) allows them.
 */
export function qrSvg(url: string, doc: Document = document): SVGSVGElement {
  const matrix = qrMatrix(url);
  const side = matrix.length + 2 * QUIET_ZONE;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', url);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr-code');
  const title = doc.createElementNS(SVG, 'title');
  title.textContent = url;
  const background = doc.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(side));
  background.setAttribute('height', String(side));
  background.setAttribute('fill', '#fff');
  const modules = doc.createElementNS(SVG, 'path');
  modules.setAttribute('d', qrPath(matrix));
  modules.setAttribute('fill', '#000');
  svg.append(title, background, modules);
  return svg;
}
