// Draws images/icon.png (128x128): an opening double quotation mark over a
// wire-service rule on a navy tile. Run: node images/make-icon.mjs
// Plain PNG encoding with zlib so no image tool is needed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const navy = [31, 58, 95];
const white = [255, 255, 255];
const red = [228, 87, 46];
const grey = [170, 186, 206];

function insideRoundedSquare(x, y) {
  const r = 22;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// One curly opening mark: a filled disc with a tail curling up from its left side.
function insideMark(x, y, cx, cy) {
  const radius = 12;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) return true;
  // Tail, like the stroke of a 6: a crescent between two circles, rising from
  // the disc's left side and curling over to the right.
  const outer = (x - (cx + 10)) ** 2 + (y - cy) ** 2 <= 22 ** 2;
  const inner = (x - (cx + 14)) ** 2 + (y - (cy + 3)) ** 2 <= 17 ** 2;
  return outer && !inner && y < cy && x < cx + 16;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  // Three lines of copy under the mark, the last one short, and a red rule.
  if (x >= 24 && x <= 104 && y >= 76 && y <= 82) return grey;
  if (x >= 24 && x <= 104 && y >= 90 && y <= 96) return grey;
  if (x >= 24 && x <= 76 && y >= 104 && y <= 110) return red;
  if (insideMark(x, y, 44, 50) || insideMark(x, y, 78, 50)) return white;
  return navy;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a++;
      }
    }
    const o = 1 + x * 4;
    if (a > 0) {
      row[o] = Math.round(r / a);
      row[o + 1] = Math.round(g / a);
      row[o + 2] = Math.round(b / a);
      row[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), png);
console.log(`icon.png: ${png.length} bytes`);
