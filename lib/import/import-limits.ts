/**
 * Every bound on the work one import may cause. Each is checked before the work it guards (a .docx's unpacked sizes
 * before conversion, paragraph and sentence counts before alignment and storage), and each has its own message
 * (locales/{lng}/errors.json, which interpolates these values). The import worker's memory and time limits are the
 * backstop for anything these miss.
 */
export const IMPORT_LIMITS = {
  /** Characters of text in a lesson (either language). */
  maxCharacters: 200_000,
  /** Bytes of one uploaded file. */
  maxFileBytes: 5 * 1024 * 1024,
  /**
   * Bytes of one form submission: two files and two texts fit. Must equal `serverActions.bodySizeLimit` in
   * next.config.js (a test checks); the form checks its own size before sending, so a user never meets Next's limit.
   */
  maxRequestBytes: 13 * 1024 * 1024,
  /** Paragraphs of one text. */
  maxParagraphs: 25_000,
  /** Sentences of one text. */
  maxSentences: 50_000,
  /** Elements open inside one another in an HTML or Word document. */
  maxNestingDepth: 256,
  /** Megabytes a .docx may unpack to (all its parts together). */
  maxUnpackedMegabytes: 40,
  /** Seconds an import may take in its worker before it is stopped. */
  maxSeconds: 30,
  /** Imports one account may start in an hour (new lessons and added translations, refused ones included). */
  maxImportsPerHour: 30,
  /** Megabytes of JavaScript heap an import worker may use. */
  maxWorkerHeapMegabytes: 512,
} as const;
