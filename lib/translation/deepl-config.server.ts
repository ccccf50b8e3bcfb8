import "server-only";
import { z } from "zod";

export const ENGLISH_VARIANTS = ["en-GB", "en-US"] as const;

/** DeepL needs a regional English target ("en" alone is rejected); which one the app uses is a setting. */
export type EnglishVariant = (typeof ENGLISH_VARIANTS)[number];

export interface DeeplConfig {
  /** Null when DeepL is not set up: lessons then keep their paragraphs untranslated. */
  authKey: string | null;
  /** Overrides DeepL's own address, for the test server or a self-hosted proxy. */
  serverUrl: string | null;
  targetLang: EnglishVariant;
}

/** An empty variable (e.g. `DEEPL_AUTH_KEY=` in .env) means "not set". */
const unsetWhenBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const deeplEnvironment = z.object({
  DEEPL_AUTH_KEY: z.preprocess(unsetWhenBlank, z.string().trim().optional()),
  DEEPL_SERVER_URL: z.preprocess(unsetWhenBlank, z.url({ protocol: /^https?$/ }).optional()),
  DEEPL_TARGET_LANG: z.preprocess(unsetWhenBlank, z.enum(ENGLISH_VARIANTS).default("en-GB")),
});

export function parseDeeplConfig(env: Record<string, string | undefined>): DeeplConfig {
  const parsed = deeplEnvironment.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid DeepL settings in the environment:\n${z.prettifyError(parsed.error)}`);
  const { DEEPL_AUTH_KEY, DEEPL_SERVER_URL, DEEPL_TARGET_LANG } = parsed.data;
  return { authKey: DEEPL_AUTH_KEY ?? null, serverUrl: DEEPL_SERVER_URL ?? null, targetLang: DEEPL_TARGET_LANG };
}

let cached: DeeplConfig | undefined;

/** The DeepL settings, read from the environment once per process. Throws a readable error for a bad value. */
export function deeplConfig(): DeeplConfig {
  cached ??= parseDeeplConfig(process.env);
  return cached;
}

export function isDeeplConfigured(): boolean {
  return deeplConfig().authKey !== null;
}
