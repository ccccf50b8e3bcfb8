import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/import/decode-text";

const DUTCH = "Het café in Zürich kost één € — “echt”.";

function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  return new Uint8Array(
    Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part)))),
  );
}

function utf16le(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, "utf16le").swap16();
}

/** Windows-1252: Latin-1, with "€", curly quotes and dashes at 0x80–0x9F. */
const WINDOWS_1252_EXTRAS: Record<string, number> = { "€": 0x80, "…": 0x85, "“": 0x93, "”": 0x94, "—": 0x97 };

function windows1252(text: string): Uint8Array {
  return new Uint8Array([...text].map((char) => WINDOWS_1252_EXTRAS[char] ?? char.charCodeAt(0)));
}

/** Deterministic noise (xorshift), so a failure can be reproduced. */
function randomBytes(length: number, seed = 2463534242): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[index] = state & 0xff;
  }
  return out;
}

function millisecondsOf(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const binaryFile = expect.objectContaining({ code: "binary-file" });

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte-order mark, and drops the mark", () => {
    expect(decodeText(bytes(DUTCH))).toBe(DUTCH);
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], DUTCH))).toBe(DUTCH);
  });

  it("reads UTF-16 in both byte orders, with or without a byte-order mark", () => {
    expect(decodeText(bytes([0xff, 0xfe], utf16le(DUTCH)))).toBe(DUTCH);
    expect(decodeText(bytes([0xfe, 0xff], utf16be(DUTCH)))).toBe(DUTCH);
    expect(decodeText(bytes(utf16le(DUTCH)))).toBe(DUTCH);
    expect(decodeText(bytes(utf16be(DUTCH)))).toBe(DUTCH);
  });

  it("reads bytes that are not UTF-8 as windows-1252, so Latin-1 texts keep their accents", () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
    expect(decodeText(windows1252(DUTCH + " Enzovoort…"))).toBe(DUTCH + " Enzovoort…");
  });

  it("keeps tabs, line breaks, form feeds and a stray control character", () => {
    const text = "Kop\r\n\tTekst.\fVolgende pagina. \u001b" + " tekst".repeat(20);
    expect(decodeText(bytes(text))).toBe(text);
    expect(decodeText(new Uint8Array())).toBe("");
    expect(decodeText(bytes("a"))).toBe("a");
  });

  it("refuses binary data: a PNG, random bytes, NUL bytes, many control characters", () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(() => decodeText(new Uint8Array(png))).toThrow(binaryFile);
    expect(() => decodeText(randomBytes(4096))).toThrow(binaryFile);
    expect(() => decodeText(bytes("tekst", [0], "meer tekst"))).toThrow(binaryFile);
    expect(() => decodeText(bytes("a\u0001b\u0002c\u0003d"))).toThrow(binaryFile);
    expect(() => decodeText(new Uint8Array(1000))).toThrow(binaryFile);
  });

  it("decodes 5 MB in any encoding in well under a second", () => {
    const text = "Een gewone zin met één café erin. ".repeat(150_000);
    for (const encoded of [
      bytes(text),
      bytes(Buffer.from(text, "latin1")),
      bytes(utf16le(text)),
      bytes([0xfe, 0xff], utf16be(text)),
    ]) {
      expect(encoded.byteLength).toBeGreaterThan(5_000_000);
      expect(millisecondsOf(() => expect(decodeText(encoded)).toHaveLength(text.length))).toBeLessThan(1000);
    }
  });
});
