// Draws the extension's icons (a white check mark on a blue disc) as PNGs, with no image tools.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of a point in the unit square: [r, g, b, a]. */
function shade(x, y) {
  const onTick =
    Math.min(
      distanceToSegment(x, y, 0.28, 0.52, 0.44, 0.68),
      distanceToSegment(x, y, 0.44, 0.68, 0.74, 0.34),
    ) < 0.075;
  if (Math.hypot(x - 0.5, y - 0.5) > 0.48) return [0, 0, 0, 0];
  return onTick ? [255, 255, 255, 255] : [29, 78, 216, 255];
}

/** A `size`×`size` RGBA PNG, 4×4 supersampled. */
export function iconPng(size) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy += 1) {
        for (let sx = 0; sx < 4; sx += 1) {
          const [r, g, b, a] = shade((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const alpha = sum[3] / 16;
      const offset = 1 + x * 4;
      row[offset] = alpha ? Math.round(sum[0] / sum[3]) : 0;
      row[offset + 1] = alpha ? Math.round(sum[1] / sum[3]) : 0;
      row[offset + 2] = alpha ? Math.round(sum[2] / sum[3]) : 0;
      row[offset + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
