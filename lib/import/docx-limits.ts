import { AppError } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";

/** Parts of one .docx; Word writes a dozen or two, a few hundred with many images. */
const MAX_ENTRIES = 10_000;
/**
 * Declared unpacked size over packed size above which a part is a zip-bomb sign. Word's XML parts pack 5–20×
 * (styles.xml about 8–10×), images about 1×; only filler repeated on purpose packs 200× and more.
 */
const MAX_COMPRESSION_RATIO = 200;
/** Parts up to this size are not held to the ratio: whatever it is, they cannot unpack to much. */
const RATIO_EXEMPT_BYTES = 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const END_RECORD_BYTES = 22;
const ZIP64_LOCATOR_BYTES = 20;
const CENTRAL_HEADER_BYTES = 46;
const MAX_COMMENT_BYTES = 0xffff;
/** A 16- or 32-bit field holding all ones means "see the ZIP64 record". */
const ZIP64_MARKER_16 = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;

interface CentralDirectory {
  start: number;
  end: number;
  entries: number;
}

function unreadable(): never {
  throw new AppError("unreadable-file");
}

function uint64(view: DataView, offset: number): number {
  return Number(view.getBigUint64(offset, true));
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let offset = view.byteLength - END_RECORD_BYTES; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return unreadable();
}

/**
 * Where the central directory lies and how many entries it declares, from the end record or, when that points on,
 * the ZIP64 one. The directory is taken to end where those records begin, as JSZip (mammoth's reader) does, so
 * bytes prepended to the archive do not throw the offsets off.
 */
function centralDirectoryOf(view: DataView): CentralDirectory {
  const endRecord = findEndRecord(view);
  const entries = view.getUint16(endRecord + 10, true);
  const size = view.getUint32(endRecord + 12, true);
  const zip64 =
    entries === ZIP64_MARKER_16 || size === ZIP64_MARKER_32 || view.getUint32(endRecord + 16, true) === ZIP64_MARKER_32;
  if (!zip64) return { start: endRecord - size, end: endRecord, entries };

  const locator = endRecord - ZIP64_LOCATOR_BYTES;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) unreadable();
  const record = uint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) unreadable();
  return { start: record - uint64(view, record + 40), end: record, entries: uint64(view, record + 32) };
}

interface EntrySizes {
  packed: number;
  unpacked: number;
}

/**
 * The sizes of an entry, from its ZIP64 extra field where a 32-bit field says "see ZIP64" (the unpacked size comes
 * first there, then the packed one, each only when its field says so).
 */
function entrySizes(view: DataView, declared: EntrySizes, extraStart: number, extraEnd: number): EntrySizes {
  if (declared.unpacked !== ZIP64_MARKER_32 && declared.packed !== ZIP64_MARKER_32) return declared;
  for (let field = extraStart; field + 4 <= extraEnd; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== ZIP64_EXTRA_FIELD) continue;
    const dataEnd = field + 4 + view.getUint16(field + 2, true);
    let offset = field + 4;
    const read = (value: number): number => {
      if (value !== ZIP64_MARKER_32) return value;
      if (offset + 8 > Math.min(dataEnd, extraEnd)) unreadable();
      offset += 8;
      return uint64(view, offset - 8);
    };
    const unpacked = read(declared.unpacked);
    const packed = read(declared.packed);
    return { unpacked, packed };
  }
  // No ZIP64 field: the all-ones sizes stand, and 4 GB is over every limit.
  return declared;
}

function isAbsurdlyPacked({ packed, unpacked }: EntrySizes): boolean {
  return unpacked > RATIO_EXEMPT_BYTES && unpacked > packed * MAX_COMPRESSION_RATIO;
}

/**
 * Refuses a .docx before it is unpacked when its ZIP directory promises too much: more than
 * IMPORT_LIMITS.maxUnpackedMegabytes of parts in all, more than 10,000 parts, or a part of over 1 MB that unpacks to
 * more than 200 times its packed size (a zip bomb's sign; Word's parts pack 5–20×). Reads only the directory at the
 * end of the file (and its ZIP64 records), with no dependency, so the check costs a pass over the directory and
 * nothing is inflated. Throws AppError("document-too-large") for those, AppError("unreadable-file") for bytes that
 * are not a ZIP archive or whose directory is cut short or corrupt.
 *
 * The sizes checked are the ones the archive declares, and an archive can lie about them; the import worker's memory
 * and time limits (IMPORT_LIMITS.maxWorkerHeapMegabytes, maxSeconds) are the backstop for what this check misses.
 *
 * a 12 KB Word file whose parts add up to 60 KB → passes; a 2 MB part packed into 3 KB → AppError("document-too-large")
 */
export function assertDocxWithinLimits(bytes: Uint8Array): void {
  if (bytes.byteLength < END_RECORD_BYTES) unreadable();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = centralDirectoryOf(view);
  if (directory.entries > MAX_ENTRIES) throw new AppError("document-too-large");
  if (directory.start < 0) unreadable();

  const maxUnpackedBytes = IMPORT_LIMITS.maxUnpackedMegabytes * 1024 * 1024;
  let unpackedBytes = 0;
  let offset = directory.start;
  for (let entry = 0; entry < directory.entries; entry++) {
    if (offset + CENTRAL_HEADER_BYTES > directory.end) unreadable();
    if (view.getUint32(offset, true) !== CENTRAL_DIRECTORY_HEADER) unreadable();
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const extraStart = offset + CENTRAL_HEADER_BYTES + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.end) unreadable();
    const declared = { packed: view.getUint32(offset + 20, true), unpacked: view.getUint32(offset + 24, true) };
    const sizes = entrySizes(view, declared, extraStart, extraStart + extraLength);
    unpackedBytes += sizes.unpacked;
    if (unpackedBytes > maxUnpackedBytes || isAbsurdlyPacked(sizes)) throw new AppError("document-too-large");
    offset = next;
  }
  if (offset !== directory.end) unreadable();
}
