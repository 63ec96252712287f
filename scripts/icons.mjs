// `node scripts/icons.mjs`: the app icons of the web app manifest (src/web/public/icons/), drawn
// from the favicon's shape — the M on MUP's green — as PNG files, with nothing but Node. The files
// are committed; run this again when the favicon changes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src/web/public/icons');

/** The favicon (src/web/public/favicon.svg), in its 32-unit box. */
const GREEN = [0x1c, 0x6e, 0x5a];
const WHITE = [0xff, 0xff, 0xff];
const M = [
  [8, 22],
  [8, 10],
  [16, 17],
  [24, 10],
  [24, 22],
];
const STROKE = 3;
const CORNER = 7;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether a point of the 32-unit box is inside the rounded square. */
function inRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 32 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 32 - CORNER);
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && Math.hypot(x - cx, y - cy) <= CORNER;
}

/**
 * RGBA pixels of one icon. `maskable`: the green fills the square to its edges and the M keeps to
 * the middle 60 %, inside the circle a launcher may cut it to.
 */
function draw(size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  const scale = maskable ? 0.6 : 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let background = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          // The sample's place in the 32-unit box.
          const u = ((x + (sx + 0.5) / samples) / size) * 32;
          const v = ((y + (sy + 0.5) / samples) / size) * 32;
          if (maskable || inRoundedSquare(u, v)) background++;
          const mu = (u - 16) / scale + 16;
          const mv = (v - 16) / scale + 16;
          const near = M.slice(1).some((b, i) => distanceToSegment(mu, mv, M[i], b) <= STROKE / 2);
          if (near) mark++;
        }
      }
      const n = samples * samples;
      const alpha = background / n;
      const white = Math.min(mark, background) / Math.max(background, 1);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(GREEN[c] * (1 - white) + WHITE[c] * white);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

fs.mkdirSync(out, { recursive: true });
for (const { file, size, maskable } of ICONS) {
  fs.writeFileSync(path.join(out, file), png(size, draw(size, maskable)));
  console.log(`${path.relative(root, path.join(out, file))} (${size}×${size})`);
}
