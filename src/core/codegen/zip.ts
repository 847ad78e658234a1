/**
 * Zips generated files for download (the app) or export; fflate is pure JS, so this stays in the core.
 * A workspace repeats many files byte for byte (every service has the same event bus, breakers, HTTP
 * helper…), so each distinct text is deflated once and its bytes reused for every path that holds it:
 * for 100 services that is well under half the deflate work.
 */
import { deflateSync, strToU8, Zip, type ZipInputFile } from 'fflate';

// A fixed timestamp (the earliest a zip can store) makes the same files give the same bytes.
const ZIP_EPOCH = new Date(1980, 0, 1);
const DEFLATE = 8;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip stores it. */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

interface Deflated {
  readonly size: number;
  readonly crc: number;
  readonly data: ReturnType<typeof deflateSync>;
}

/** A zip archive of `files`, optionally inside one top-level `folder`. */
export function zipFiles(files: readonly { readonly path: string; readonly contents: string }[], opts: { folder?: string } = {}): Uint8Array {
  const prefix = opts.folder ? `${opts.folder.replace(/\/+$/, '')}/` : '';
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate's streaming Zip calls back synchronously when each entry's data arrives in one final chunk.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const deflated = new Map<string, Deflated>();
  for (const file of files) {
    let entry = deflated.get(file.contents);
    if (!entry) {
      const raw = strToU8(file.contents);
      entry = { size: raw.length, crc: crc32(raw), data: deflateSync(raw, { level: 6 }) };
      deflated.set(file.contents, entry);
    }
    const input: ZipInputFile = { filename: prefix + file.path, size: entry.size, crc: entry.crc, compression: DEFLATE, mtime: ZIP_EPOCH };
    zip.add(input);
    input.ondata?.(null, entry.data, true);
  }
  zip.end();
  if (failure) throw failure;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
