import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { assertDocxWithinLimits } from "@/lib/import/docx-limits";
import { docxParts, wordParagraph } from "../../support/build-docx";
import { buildZip as zip, type ZipEntry } from "../../support/build-zip";

const paragraphXml = wordParagraph("Ook bespraken ze hervormingen en de akkoorden van Minsk.");

/** The parts mammoth needs, with about 30 KB of document text. */
function wordParts(...more: ZipEntry[]): ZipEntry[] {
  return [...docxParts(paragraphXml.repeat(300)), ...more];
}

const MB = 1024 * 1024;
const tooLarge = expect.objectContaining({ code: "document-too-large" });
const unreadable = expect.objectContaining({ code: "unreadable-file" });

describe("assertDocxWithinLimits", () => {
  it("passes an ordinary Word file, which mammoth then reads", async () => {
    const docx = zip(wordParts({ name: "word/media/image1.png", data: new Uint8Array(20_000).fill(7) }));
    expect(() => assertDocxWithinLimits(docx)).not.toThrow();
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
    expect(html.startsWith("<p>Ook bespraken ze hervormingen")).toBe(true);
  });

  it("passes the same file with ZIP64 records, or with bytes before it", () => {
    expect(() => assertDocxWithinLimits(zip(wordParts(), { zip64: true }))).not.toThrow();
    expect(() => assertDocxWithinLimits(zip(wordParts(), { prefix: new Uint8Array(1000) }))).not.toThrow();
  });

  it("refuses parts that together declare more than the limit", () => {
    const parts = [1, 2, 3].map((n) => ({
      name: `word/media/image${n}.png`,
      data: "x".repeat(MB),
      declaredSize: 15 * MB,
    }));
    expect(() => assertDocxWithinLimits(zip(wordParts(...parts)))).toThrow(tooLarge);
    const declared = { name: "word/document2.xml", data: "x", declaredSize: 2 ** 40 };
    expect(() => assertDocxWithinLimits(zip(wordParts(declared), { zip64: true }))).toThrow(tooLarge);
  });

  it("refuses a part that unpacks to more than 200 times its packed size", () => {
    const filler = { name: "word/filler.xml", data: " ".repeat(2 * MB), deflate: true };
    const bomb = zip(wordParts(filler));
    expect(bomb.byteLength).toBeLessThan(20_000);
    expect(() => assertDocxWithinLimits(bomb)).toThrow(tooLarge);
  });

  it("refuses more than 10,000 parts", () => {
    const parts = Array.from({ length: 10_001 }, (_, n) => ({ name: `p${n}`, data: "" }));
    expect(() => assertDocxWithinLimits(zip(parts))).toThrow(tooLarge);
  });

  it("refuses what is not a ZIP archive, or one whose directory is cut short or corrupt", () => {
    const docx = zip(wordParts());
    const directoryStart = new DataView(docx.buffer).getUint32(docx.byteLength - 6, true);
    const notAHeader = docx.slice();
    notAHeader[directoryStart] = 0;
    const headerTooLong = docx.slice();
    new DataView(headerTooLong.buffer).setUint16(directoryStart + 30, 0xffff, true);
    for (const bytes of [
      new Uint8Array(),
      new TextEncoder().encode("Dit is gewoon tekst, geen Word-bestand."),
      docx.slice(0, docx.byteLength - 10),
      docx.slice(docx.byteLength - 100),
      notAHeader,
      headerTooLong,
    ]) {
      expect(() => assertDocxWithinLimits(bytes)).toThrow(unreadable);
    }
  });

  // Unpacking 5 MB would take far longer than this generous bound, which leaves room for a busy test machine.
  it("checks a 5 MB archive quickly, without unpacking it", () => {
    const docx = zip(wordParts({ name: "word/media/photo.jpg", data: new Uint8Array(5 * MB).fill(1) }));
    const start = performance.now();
    assertDocxWithinLimits(docx);
    expect(performance.now() - start).toBeLessThan(250);
  });
});
