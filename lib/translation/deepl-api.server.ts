import "server-only";
import { DeepLClient, GlossaryEntries as DeeplGlossaryEntries, GlossaryNotFoundError } from "deepl-node";
import { deeplConfig, type EnglishVariant } from "./deepl-config.server";
import { toTranslationError } from "./deepl-errors.server";
import type { GlossaryEntries } from "./glossary-entries";
import { TranslationError } from "./translation-error";
import { SENTENCE_TAG } from "./sentence-tags";

/** Lessons are Dutch; glossaries require an explicit source language anyway. */
export const DEEPL_SOURCE_LANG = "nl";

/** Glossary dictionaries are not regional: one "en" dictionary serves en-GB and en-US. */
const GLOSSARY_TARGET_LANG = "en";

export interface TranslatedText {
  text: string;
  billedCharacters: number;
}

export interface DeeplUsage {
  charactersUsed: number;
  characterLimit: number;
  charactersLeft: number;
}

/**
 * The DeepL operations the app uses. Every method throws a TranslationError (never a deepl-node error), so
 * callers deal with the app's error codes only.
 */
export interface DeeplApi {
  readonly targetLang: EnglishVariant;
  /** Translates sentence-tagged Dutch texts (see sentence-tags.ts); one result per text, in order. */
  translateSentenceTagged(texts: string[], glossaryId: string | null): Promise<TranslatedText[]>;
  /** Creates a multilingual (v3) glossary with one nl→en dictionary and returns its id. */
  createGlossary(name: string, entries: GlossaryEntries): Promise<string>;
  replaceGlossary(glossaryId: string, entries: GlossaryEntries): Promise<"replaced" | "not-found">;
  /** Deletes a glossary; one that is already gone counts as deleted. */
  deleteGlossary(glossaryId: string): Promise<void>;
  getUsage(): Promise<DeeplUsage>;
}

export interface DeeplApiOptions {
  authKey: string;
  serverUrl?: string | null;
  targetLang: EnglishVariant;
  /** Attempts per request in total (deepl-node counts its first attempt as one of them). */
  maxRetries?: number;
  /** Per-attempt timeout in ms; deepl-node raises it to its backoff interval (≥ 1 s) when that is longer. */
  minTimeout?: number;
}

/**
 * Five attempts (about 9 s of backoff between them) ride out a short overload; 20 s per attempt leaves room for a
 * full 128 KiB batch without letting a dead connection hold a job for long.
 */
const DEFAULT_MAX_RETRIES = 5;
const DEFAULT_MIN_TIMEOUT_MS = 20_000;

export function createDeeplApi(options: DeeplApiOptions): DeeplApi {
  const client = new DeepLClient(options.authKey, {
    serverUrl: options.serverUrl ?? undefined,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    minTimeout: options.minTimeout ?? DEFAULT_MIN_TIMEOUT_MS,
    sendPlatformInfo: false,
  });
  const targetLang = options.targetLang;
  const dictionary = (entries: GlossaryEntries) => ({
    sourceLangCode: DEEPL_SOURCE_LANG,
    targetLangCode: GLOSSARY_TARGET_LANG,
    entries: new DeeplGlossaryEntries({ entries }),
  });

  return {
    targetLang,

    translateSentenceTagged: (texts, glossaryId) =>
      withTranslationErrors(async () => {
        const results = await client.translateText(texts, DEEPL_SOURCE_LANG, targetLang, {
          tagHandling: "xml",
          splittingTags: [SENTENCE_TAG],
          glossary: glossaryId ?? undefined,
        });
        return results.map((result) => ({ text: result.text, billedCharacters: result.billedCharacters }));
      }),

    createGlossary: (name, entries) =>
      withTranslationErrors(async () => {
        const glossary = await client.createMultilingualGlossary(name, [dictionary(entries)]);
        return glossary.glossaryId;
      }),

    replaceGlossary: (glossaryId, entries) =>
      withTranslationErrors(async () => {
        try {
          await client.replaceMultilingualGlossaryDictionary(glossaryId, dictionary(entries));
          return "replaced";
        } catch (error) {
          if (error instanceof GlossaryNotFoundError) return "not-found";
          throw error;
        }
      }),

    deleteGlossary: (glossaryId) =>
      withTranslationErrors(async () => {
        try {
          await client.deleteMultilingualGlossary(glossaryId);
        } catch (error) {
          if (!(error instanceof GlossaryNotFoundError)) throw error;
        }
      }),

    getUsage: () =>
      withTranslationErrors(async () => {
        const { character } = await client.getUsage();
        if (character === undefined) throw new TranslationError("unknown");
        return {
          charactersUsed: character.count,
          characterLimit: character.limit,
          charactersLeft: Math.max(0, character.limit - character.count),
        };
      }),
  };
}

async function withTranslationErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toTranslationError(error);
  }
}

let defaultApi: DeeplApi | null | undefined;

/** The app's DeepL connection from the environment settings, or null when no auth key is configured. */
export function defaultDeeplApi(): DeeplApi | null {
  if (defaultApi === undefined) {
    const { authKey, serverUrl, targetLang } = deeplConfig();
    defaultApi = authKey === null ? null : createDeeplApi({ authKey, serverUrl, targetLang });
  }
  return defaultApi;
}
