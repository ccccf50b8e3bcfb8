/**
 * The address of one sentence pair of a lesson, within a UI language's pages. It answers with a redirect to the
 * reader page that holds the sentence, scrolled to it (`#pair=<paragraphId>:<position>`), wherever the lesson is
 * read (see lessonReaderPath) and however its pages fall, so saved sentences can link to it for good.
 *
 * sentencePath("nl", "c1", "p9", 2) → "/nl/lessons/c1/sentence/p9/2"
 */
export function sentencePath(lng: string, lessonId: string, paragraphId: string, position: number): string {
  return `/${lng}/lessons/${encodeURIComponent(lessonId)}/sentence/${encodeURIComponent(paragraphId)}/${position}`;
}
