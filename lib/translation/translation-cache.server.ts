import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { ParagraphTranslation, SentencePair } from "./paragraph-translation";

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const storedSentencePairs = z.array(z.object({ source: span, translation: span }));

export interface CacheEntry {
  key: string;
  provider: string;
  sourceText: string;
  translation: ParagraphTranslation;
  /** Characters the provider billed for this text, kept to show what the cache saves. */
  characters: number;
}

/** Cached translations by key. Rows that cannot be read back are left out, so they are translated again. */
export async function readCachedTranslations(keys: readonly string[]): Promise<Map<string, ParagraphTranslation>> {
  const rows = await db.translationCache.findMany({
    where: { key: { in: [...keys] } },
    select: { key: true, translated: true, sentences: true },
  });
  const translations = new Map<string, ParagraphTranslation>();
  for (const row of rows) {
    const pairs = parseSentencePairs(row.sentences);
    if (pairs === null) continue;
    // An empty list is how a translation without usable sentence tags is stored (see writeCachedTranslation).
    translations.set(
      row.key,
      pairs.length === 0
        ? { text: row.translated, needsAlignment: true, sentencePairs: null }
        : { text: row.translated, needsAlignment: false, sentencePairs: pairs },
    );
  }
  return translations;
}

/** Stores a translation; a row that another job wrote meanwhile for the same key is simply replaced. */
export async function writeCachedTranslation(tx: Prisma.TransactionClient, entry: CacheEntry): Promise<void> {
  const row = {
    provider: entry.provider,
    sourceText: entry.sourceText,
    translated: entry.translation.text,
    sentences: JSON.stringify(entry.translation.sentencePairs ?? []),
    characters: entry.characters,
  };
  await tx.translationCache.upsert({ where: { key: entry.key }, create: { key: entry.key, ...row }, update: row });
}

function parseSentencePairs(json: string): SentencePair[] | null {
  try {
    const parsed = storedSentencePairs.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
