/** The shape of a demo lesson file in prisma/seed-data/lessons/*.json. */
export interface SeedLesson {
  slug: string;
  /** Dutch title shown on the lessons page. */
  title: string;
  titleEnglish: string;
  level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
  /** One English sentence on what the lesson is about. */
  summary: string;
  paragraphs: SeedParagraph[];
  glossary: SeedGlossaryTerm[];
}

export interface SeedParagraph {
  kind: "paragraph" | "heading" | "caption" | "quote";
  /** "en" for a paragraph that is already English in the source text (shown once, not translated). */
  language: "nl" | "en";
  /**
   * Aligned pairs in reading order. `source` is one source sentence (or two, for a 2-1 pair); `translation` is
   * its English, or null when the paragraph is already English.
   */
  sentences: { source: string; translation: string | null }[];
}

export interface SeedGlossaryTerm {
  term: string;
  variants: string[];
  english: string;
  note: string;
}
