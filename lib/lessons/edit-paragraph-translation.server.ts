import "server-only";
import { deeplConfig } from "@/lib/translation/deepl-config.server";
import type { DeeplApi } from "@/lib/translation/deepl-api.server";
import { translateLessonParagraphs } from "@/lib/translation/translate-lesson-paragraphs.server";
import { TranslationError } from "@/lib/translation/translation-error";

/** A DeepL connection that refuses every request: translating with it uses the translation cache only. */
function cacheOnly(targetLang: DeeplApi["targetLang"]): DeeplApi {
  const refuse = () => Promise.reject(new TranslationError("not-configured"));
  return {
    targetLang,
    translateSentenceTagged: refuse,
    createGlossary: refuse,
    replaceGlossary: refuse,
    deleteGlossary: refuse,
    getUsage: refuse,
  };
}

/**
 * Gives the lesson's untranslated Dutch paragraphs the translations the cache already has for them (same text,
 * target language and glossary), without any DeepL request, key or characters. translateLessonParagraphs saves the
 * cache hits before it would talk to DeepL, so it stops at the first text that needs DeepL, with the hits saved.
 */
export async function translateFromCache(lessonId: string): Promise<void> {
  try {
    await translateLessonParagraphs(lessonId, cacheOnly(deeplConfig().targetLang), async () => undefined);
  } catch (error) {
    if (!(error instanceof TranslationError && error.code === "not-configured")) throw error;
  }
}
