import enAuth from "@/locales/en/auth.json";
import enClasses from "@/locales/en/classes.json";
import enCommon from "@/locales/en/common.json";
import enCuration from "@/locales/en/curation.json";
import enEditor from "@/locales/en/editor.json";
import enErrors from "@/locales/en/errors.json";
import enLessons from "@/locales/en/lessons.json";
import enProgress from "@/locales/en/progress.json";
import enReader from "@/locales/en/reader.json";
import enReview from "@/locales/en/review.json";
import enStats from "@/locales/en/stats.json";
import enTransfer from "@/locales/en/transfer.json";
import enVocabulary from "@/locales/en/vocabulary.json";
import nlAuth from "@/locales/nl/auth.json";
import nlClasses from "@/locales/nl/classes.json";
import nlCommon from "@/locales/nl/common.json";
import nlCuration from "@/locales/nl/curation.json";
import nlEditor from "@/locales/nl/editor.json";
import nlErrors from "@/locales/nl/errors.json";
import nlLessons from "@/locales/nl/lessons.json";
import nlProgress from "@/locales/nl/progress.json";
import nlReader from "@/locales/nl/reader.json";
import nlReview from "@/locales/nl/review.json";
import nlStats from "@/locales/nl/stats.json";
import nlTransfer from "@/locales/nl/transfer.json";
import nlVocabulary from "@/locales/nl/vocabulary.json";
import type { UiLanguage } from "./languages";

/** All UI strings, bundled at build time (they are small), so no request reads a file. */
export const resources = {
  en: {
    auth: enAuth,
    classes: enClasses,
    common: enCommon,
    curation: enCuration,
    editor: enEditor,
    errors: enErrors,
    lessons: enLessons,
    progress: enProgress,
    reader: enReader,
    review: enReview,
    stats: enStats,
    transfer: enTransfer,
    vocabulary: enVocabulary,
  },
  nl: {
    auth: nlAuth,
    classes: nlClasses,
    common: nlCommon,
    curation: nlCuration,
    editor: nlEditor,
    errors: nlErrors,
    lessons: nlLessons,
    progress: nlProgress,
    reader: nlReader,
    review: nlReview,
    stats: nlStats,
    transfer: nlTransfer,
    vocabulary: nlVocabulary,
  },
} satisfies Record<UiLanguage, Record<string, object>>;

export type Namespace = keyof (typeof resources)["en"];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
