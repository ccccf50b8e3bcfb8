import type { ZipEntry } from "./build-zip";

/** A Word paragraph of `text`, in Word's paragraph style `style` ("Title", "Heading1") when given. */
export function wordParagraph(text: string, style?: string | null): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/**
 * The parts of the smallest .docx Word's readers (mammoth, our title proposal) accept, compressed as Word does:
 * content types, the package's relationship, and word/document.xml whose body is `bodyXml`. Zip them with buildZip,
 * with more parts after them where a test needs them.
 *
 * buildZip(docxParts(wordParagraph("Hallo", "Title"))) → the bytes of a .docx titled "Hallo"
 */
export function docxParts(bodyXml: string): ZipEntry[] {
  return [
    {
      name: "[Content_Types].xml",
      deflate: true,
      data:
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: "_rels/.rels",
      deflate: true,
      data:
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Target="word/document.xml" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
    },
    {
      name: "word/document.xml",
      deflate: true,
      data:
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${bodyXml}</w:body></w:document>`,
    },
  ];
}
