// Draws the Relance mark (a white "R" on a rounded teal square) as PNGs at every size the
// manifest names, into addin-outlook/assets/. Run: npx tsx addin-outlook/scripts/icons.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ICON_SIZES } from '../src/manifest/manifest.ts';

type Rgba = [number, number, number, number];

const BACKGROUND: Rgba = [14, 122, 107, 255];
const MARK: Rgba = [255, 255, 255, 255];
const SAMPLES = 4;

// Shapes on the unit square, y downwards.
function insideSquare(x: number, y: number): boolean {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideR(x: number, y: number): boolean {
  const stem = x >= 0.27 && x <= 0.4 && y >= 0.2 && y <= 0.8;
  const bowlOuter =
    (x >= 0.27 && x <= 0.52 && y >= 0.2 && y <= 0.54) ||
    (x - 0.52) ** 2 + (y - 0.37) ** 2 <= 0.17 ** 2;
  const bowlInner =
    (x >= 0.4 && x <= 0.52 && y >= 0.31 && y <= 0.43) ||
    (x - 0.52) ** 2 + (y - 0.37) ** 2 <= 0.06 ** 2;
  return stem || (bowlOuter && !bowlInner) || nearSegment(x, y, [0.46, 0.5], [0.72, 0.8], 0.07);
}

function nearSegment(x: number, y: number, a: [number, number], b: [number, number], half: number) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.min(1, Math.max(0, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return (x - a[0] - t * dx) ** 2 + (y - a[1] - t * dy) ** 2 <= half * half;
}

function pixel(px: number, py: number, size: number): Rgba {
  let square = 0;
  let mark = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (insideSquare(x, y)) {
        square++;
        if (insideR(x, y)) mark++;
      }
    }
  }
  const total = SAMPLES * SAMPLES;
  if (square === 0) return [0, 0, 0, 0];
  const m = mark / square;
  const mix = (i: number) => Math.round(BACKGROUND[i]! * (1 - m) + MARK[i]! * m);
  return [mix(0), mix(1), mix(2), Math.round((255 * square) / total)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes a square RGBA image as PNG (8-bit, colour type 6, no filtering). */
function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '../assets');
for (const size of ICON_SIZES) {
  writeFileSync(resolve(dir, `icon-${size}.png`), png(size));
  console.log(`icon-${size}.png`);
}
