import "server-only";
import { db } from "@/lib/db/client.server";
import { splitSentences } from "@/lib/text/sentences";
import type { Span } from "@/lib/text/span";
import { translationCacheKey } from "./cache-key";
import { DEEPL_SOURCE_LANG, type DeeplApi } from "./deepl-api.server";
import { glossaryFingerprint, prepareGlossary } from "./glossary-entries";
import { syncLessonGlossary } from "./glossary-sync.server";
import { readSentenceTaggedTranslation, type ParagraphTranslation } from "./paragraph-translation";
import {
  distinctTexts,
  TRANSLATED_PARAGRAPH_LANGUAGE,
  type ParagraphToTranslate,
  type PendingText,
} from "./pending-texts";
import { DEEPL_REQUEST_LIMITS, formEncodedSize, splitIntoBatches } from "./request-batches";
import { saveParagraphTranslation } from "./save-paragraph-translation.server";
import { tagSentences } from "./sentence-tags";
import { readCachedTranslations, writeCachedTranslation } from "./translation-cache.server";
import { TranslationError } from "./translation-error";

const PROVIDER = "deepl";

/** Names the request format in cache keys; change it when the tags or request options change the output. */
const REQUEST_FORMAT = "xml-sentence-tags-v1";

interface TextToTranslate extends PendingText {
  cacheKey: string;
  tagged: string;
  sentences: Span[];
}

/**
 * Translates the lesson's untranslated Dutch paragraphs. Cached translations are written first and cost nothing;
 * the rest goes to DeepL batch by batch, and each batch is saved before the next is sent, so a failure keeps the
 * work done and a later run continues with what is left. `onSaved` hears how many paragraphs each step wrote.
 */
export async function translateLessonParagraphs(
  lessonId: string,
  deepl: DeeplApi,
  onSaved: (paragraphs: number) => Promise<void>,
): Promise<void> {
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    select: { id: true, glossaryVersion: true, glossary: { select: { term: true, english: true } } },
  });
  const paragraphs = await db.paragraph.findMany({
    where: { lessonId, language: TRANSLATED_PARAGRAPH_LANGUAGE, translationText: null },
    orderBy: { position: "asc" },
    select: { id: true, sourceText: true },
  });
  const { entries } = prepareGlossary(lesson.glossary);
  const texts = prepareTexts(paragraphs, deepl.targetLang, glossaryFingerprint(entries));

  const cached = await readCachedTranslations(texts.map((text) => text.cacheKey));
  const hits = texts.filter((text) => cached.has(text.cacheKey));
  if (hits.length > 0) await onSaved(await saveCachedTranslations(hits, cached));

  const misses = texts.filter((text) => !cached.has(text.cacheKey));
  if (misses.length === 0) return;
  // Synced only now: a lesson served entirely from the cache needs no DeepL request at all.
  const glossaryId = await syncLessonGlossary(deepl, lesson, entries);
  for (const batch of splitIntoBatches(misses, (text) => formEncodedSize(text.tagged), DEEPL_REQUEST_LIMITS)) {
    await onSaved(await translateAndSave(deepl, batch, glossaryId));
  }
}

function prepareTexts(paragraphs: ParagraphToTranslate[], targetLang: string, glossary: string): TextToTranslate[] {
  return distinctTexts(paragraphs).map((pending) => {
    const sentences = splitSentences(pending.sourceText);
    const cacheKey = translationCacheKey({
      provider: PROVIDER,
      sourceText: pending.sourceText,
      sourceLang: DEEPL_SOURCE_LANG,
      targetLang,
      glossary,
      options: REQUEST_FORMAT,
    });
    return { ...pending, cacheKey, sentences, tagged: tagSentences(pending.sourceText, sentences) };
  });
}

async function saveCachedTranslations(
  hits: TextToTranslate[],
  cached: Map<string, ParagraphTranslation>,
): Promise<number> {
  return db.$transaction(async (tx) => {
    let saved = 0;
    for (const text of hits) {
      saved += await saveParagraphTranslation(tx, text.paragraphIds, text.sourceText, cached.get(text.cacheKey)!);
    }
    return saved;
  });
}

/** One DeepL request; its translations are cached and saved together, so a batch is either kept whole or not. */
async function translateAndSave(deepl: DeeplApi, batch: TextToTranslate[], glossaryId: string | null): Promise<number> {
  const results = await deepl.translateSentenceTagged(
    batch.map((text) => text.tagged),
    glossaryId,
  );
  if (results.length !== batch.length) throw new TranslationError("unknown");
  return db.$transaction(async (tx) => {
    let saved = 0;
    for (const [index, text] of batch.entries()) {
      const { text: tagged, billedCharacters } = results[index]!;
      const translation = readSentenceTaggedTranslation(text.sentences, tagged);
      await writeCachedTranslation(tx, {
        key: text.cacheKey,
        provider: PROVIDER,
        sourceText: text.sourceText,
        translation,
        characters: billedCharacters,
      });
      saved += await saveParagraphTranslation(tx, text.paragraphIds, text.sourceText, translation);
    }
    return saved;
  });
}
