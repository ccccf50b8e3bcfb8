import { AppError } from "@/lib/errors/app-error";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * Share of the two-byte units that must hold a zero byte on one side (and almost never on the other) for a file
 * without a byte-order mark to count as UTF-16. Latin text in UTF-16 has a zero high byte in nearly every unit;
 * binary data has zeros on both sides.
 */
const UTF16_ZERO_SHARE = 0.3;
const UTF16_OTHER_SIDE_ZERO_SHARE = 0.05;

/** More control characters than one in this many characters means the file is not text. */
const CHARACTERS_PER_TOLERATED_CONTROL = 100;

function byteOrderMarkOf(bytes: Uint8Array): Encoding | undefined {
  return BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte))?.encoding;
}

/** UTF-16 without a byte-order mark, recognised by zero bytes at alternating positions. */
function unmarkedUtf16Of(bytes: Uint8Array): Encoding | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const isMostly = (zeros: number, otherZeros: number) =>
    zeros > 0 && zeros >= (bytes.length / 2) * UTF16_ZERO_SHARE && otherZeros <= zeros * UTF16_OTHER_SIDE_ZERO_SHARE;
  if (isMostly(oddZeros, evenZeros)) return "utf-16le";
  if (isMostly(evenZeros, oddZeros)) return "utf-16be";
  return null;
}

/**
 * What windows-1252 puts at bytes 0x80–0x9F ("€", "“", "”", "…", "–" …; five unassigned bytes stay themselves).
 * Node 20's TextDecoder decodes "windows-1252" as Latin-1, giving invisible C1 controls there
 * (https://github.com/nodejs/node/issues/56542), so those are mapped here; a correct decoder leaves nothing to map.
 */
const WINDOWS_1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]!);
}

/** UTF-8 when the bytes are valid UTF-8, else windows-1252 (the superset of Latin-1 that old Dutch texts use). */
function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** NUL, or C0 control characters other than tab, line feed, form feed and carriage return in more than 1 in 100. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls++;
  }
  return controls * CHARACTERS_PER_TOLERATED_CONTROL > text.length;
}

function decode(bytes: Uint8Array): string {
  // A decoder drops the byte-order mark of its own encoding.
  const marked = byteOrderMarkOf(bytes);
  if (marked) return new TextDecoder(marked).decode(bytes);
  const unmarked = unmarkedUtf16Of(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  return decodeUtf8OrWindows1252(bytes);
}

/**
 * The text of an uploaded .txt, .md or .html file, whatever its encoding: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE) decides and is dropped; UTF-16 without one is recognised by its zero bytes; otherwise the bytes are
 * UTF-8 when they are valid UTF-8 and windows-1252 when not, so Latin-1 texts keep their accents. Throws
 * AppError("binary-file") for data that is not text (NUL characters, or many control characters). One pass over the
 * bytes per step, so linear in the file's size.
 *
 * [0x63, 0x61, 0x66, 0xe9] (windows-1252) → "café"; [0xff, 0xfe, 0x6a, 0x00] → "j"; a PNG → AppError("binary-file")
 */
export function decodeText(bytes: Uint8Array): string {
  const text = decode(bytes);
  if (looksBinary(text)) throw new AppError("binary-file");
  return text;
}
