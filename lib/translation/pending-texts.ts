/** Paragraphs in this language are machine translated; English ones ("en") are shown as they are. */
export const TRANSLATED_PARAGRAPH_LANGUAGE = "nl";

export interface ParagraphToTranslate {
  id: string;
  sourceText: string;
}

export interface PendingText {
  sourceText: string;
  /** Every paragraph with exactly this text; they share one translation. */
  paragraphIds: string[];
}

/** Blank paragraphs are never sent: DeepL rejects empty texts, and there is nothing to read in them. */
export function isTranslatable(sourceText: string): boolean {
  return sourceText.trim() !== "";
}

/**
 * The distinct texts to translate, in order of first appearance, so each text is sent (and billed) once.
 *
 * [{p1, "Ja."}, {p2, ""}, {p3, "Ja."}, {p4, "Nee."}] → [{"Ja.", [p1, p3]}, {"Nee.", [p4]}]
 */
export function distinctTexts(paragraphs: readonly ParagraphToTranslate[]): PendingText[] {
  const byText = new Map<string, PendingText>();
  for (const { id, sourceText } of paragraphs) {
    if (!isTranslatable(sourceText)) continue;
    const pending = byText.get(sourceText);
    if (pending) pending.paragraphIds.push(id);
    else byText.set(sourceText, { sourceText, paragraphIds: [id] });
  }
  return [...byText.values()];
}
