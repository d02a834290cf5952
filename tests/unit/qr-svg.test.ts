// @vitest-environment happy-dom
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrPath, qrSvg } from '../../demo/print/qr-svg.js';
import { HELPLINES } from '../../shared/content/helplines.js';

const SCALE = 4;

/** Paints the modules (black on white) with the quiet zone into RGBA pixels, `SCALE` px per module. */
function pixels(matrix: readonly (readonly boolean[])[]): { data: Uint8ClampedArray; side: number } {
  const side = (matrix.length + 2 * QUIET_ZONE) * SCALE;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = matrix[Math.floor(y / SCALE) - QUIET_ZONE]?.[Math.floor(x / SCALE) - QUIET_ZONE] === true;
      if (dark) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { data, side };
}

/** Reads the runs `M x y h n v1 h-n z` of a path back into a matrix of `size` modules. */
function matrixFromPath(d: string, size: number): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) matrix[Number(y) - QUIET_ZONE]![Number(x) - QUIET_ZONE + i] = true;
  }
  return matrix;
}

const URLS = [
  ...new Set(HELPLINES.flatMap((entry) => entry.services.flatMap((service) => service.web ?? []))),
];

describe('QR codes for the helplines', () => {
  it('has website addresses to test', () => {
    expect(URLS.length).toBeGreaterThan(10);
    expect(URLS).toContain('https://modernslaveryhelpline.org');
  });

  for (const url of URLS) {
    it(`decodes back to ${url}`, () => {
      const matrix = qrMatrix(url);
      expect(matrix.length).toBeGreaterThanOrEqual(21);
      const { data, side } = pixels(matrix);
      expect(jsQR(data, side, side)?.data).toBe(url);
    });
  }

  it('draws one path with exactly the dark modules, a quiet zone of 4, and names the address', () => {
    const url = 'https://modernslaveryhelpline.org';
    const matrix = qrMatrix(url);
    const svg = qrSvg(url);
    const side = matrix.length + 2 * QUIET_ZONE;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${side} ${side}`);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(url);
    expect(svg.querySelector('title')?.textContent).toBe(url);
    const paths = svg.querySelectorAll('path');
    expect(paths).toHaveLength(1);
    const d = paths[0]!.getAttribute('d')!;
    expect(d).toBe(qrPath(matrix));
    expect(matrixFromPath(d, matrix.length)).toEqual(matrix);
    // The path, read back and painted, still decodes.
    const { data, side: pixelSide } = pixels(matrixFromPath(d, matrix.length));
    expect(jsQR(data, pixelSide, pixelSide)?.data).toBe(url);
    expect(svg.getAttribute('style')).toBeNull();
  });
});
