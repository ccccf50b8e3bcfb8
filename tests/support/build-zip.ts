import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  deflate?: boolean;
  /** An unpacked size to declare instead of the real one, as a lying archive would. */
  declaredSize?: number;
}

/**
 * A ZIP archive as Word and JSZip write them: local headers with the data, the central directory, the end record;
 * with `zip64`, sizes and counts in ZIP64 fields and records instead. Made in the tests, so no binary fixtures are
 * needed.
 *
 * buildZip([{ name: "word/document.xml", data: "<w:document/>", deflate: true }]) → the bytes of a .zip
 */
export function buildZip(
  entries: readonly ZipEntry[],
  { zip64 = false, prefix = new Uint8Array() } = {},
): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [Buffer.from(prefix)];
  const directory: Buffer[] = [];
  let offset = prefix.length;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data);
    const packed = entry.deflate ? deflateRawSync(raw, { level: 9 }) : raw;
    const unpacked = entry.declaredSize ?? raw.length;
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(Math.min(unpacked, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(unpacked), 4);
      extra.writeBigUInt64LE(BigInt(packed.length), 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    header.writeUInt32LE(crc32(raw), 16);
    header.writeUInt32LE(zip64 ? 0xffffffff : packed.length, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : unpacked, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offset, 42);
    directory.push(header, name, extra);
    parts.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  const zip64Records: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directoryBytes.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directoryBytes.length), 8);
    locator.writeUInt32LE(1, 16);
    zip64Records.push(record, locator);
  }
  return new Uint8Array(Buffer.concat([...parts, directoryBytes, ...zip64Records, end]));
}
