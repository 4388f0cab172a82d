/**
 * Container formats for the app icon, written by hand so the icon script needs no image library:
 * ICO (Windows) and ICNS (macOS) both accept PNG images as their entries, so each is a small
 * header and a directory around PNG files rendered elsewhere.
 */

/** The PNG signature; every entry handed to these encoders must start with it. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The width and height of a PNG, read from its IHDR chunk. Throws when `png` is not a PNG, so a
 * failed render never ends up inside an icon.
 * @param {Buffer} png
 * @returns {{ width: number, height: number }}
 */
export function pngSize(png) {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('An icon image is not a PNG file; re-run the icon script.');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * An ICO file holding the given square PNGs (Windows Vista and later read PNG entries; 256 px is
 * written as 0 in the one-byte size fields, as the format requires).
 * @param {Buffer[]} pngs square PNGs of at most 256 px
 * @returns {Buffer}
 */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(pngs.length, 4);
  const directory = Buffer.alloc(16 * pngs.length);
  let offset = header.length + directory.length;
  pngs.forEach((png, index) => {
    const { width, height } = pngSize(png);
    if (width !== height || width > 256) throw new Error(`An ICO entry must be square and at most 256 px, not ${width}x${height}.`);
    const entry = index * 16;
    directory.writeUInt8(width === 256 ? 0 : width, entry);
    directory.writeUInt8(height === 256 ? 0 : height, entry + 1);
    directory.writeUInt8(0, entry + 2); // no palette
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(png.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...pngs]);
}

/** The ICNS element types that hold PNG data, by the pixel size they carry (retina types share sizes). */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic13', size: 256 },
  { type: 'ic14', size: 512 },
];

/**
 * An ICNS file with one PNG element per entry of {@link ICNS_TYPES}.
 * @param {(size: number) => Buffer} pngOfSize the square PNG of a given pixel size
 * @returns {Buffer}
 */
export function encodeIcns(pngOfSize) {
  const elements = ICNS_TYPES.map(({ type, size }) => {
    const png = pngOfSize(size);
    if (pngSize(png).width !== size) throw new Error(`The ${type} element needs a ${size} px PNG.`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((total, element) => total + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}
