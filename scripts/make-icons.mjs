// Draws the add-in icon (a white key on a blue rounded tile) as PNGs at every size the manifest declares.
// Drawn from geometry rather than committed from an editor, so a size can be added by changing one list.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Ribbon 16/32/80, manifest 64/128, and Outlook mobile's 25/32/48 at scale 1, 2 and 3 (25/50/75, 32/64/96, 48/96/144).
const SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SUPERSAMPLE = 4;
const TILE = [0x0f, 0x6c, 0xbd]; // Fluent brand blue, readable on light and dark ribbons.

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of the shape at a point in unit coordinates (0..1): 0 outside, 1 tile, 2 key. */
function shapeAt(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const ring = Math.hypot(x - 0.36, y - 0.5);
  if (ring <= 0.17 && ring >= 0.075) return 2;
  if (x >= 0.5 && x <= 0.84 && y >= 0.46 && y <= 0.54) return 2;
  if (x >= 0.66 && x <= 0.72 && y >= 0.54 && y <= 0.66) return 2;
  if (x >= 0.76 && x <= 0.82 && y >= 0.54 && y <= 0.62) return 2;
  return 1;
}

function render(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let key = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const s = shapeAt((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (s >= 1) tile++;
          if (s === 2) key++;
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const keyShare = tile ? key / tile : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(TILE[c] * (1 - keyShare) + 255 * keyShare);
      raw[o + 3] = Math.round((255 * tile) / n);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(OUT, `icon-${size}.png`), render(size));
}
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${OUT}`);
