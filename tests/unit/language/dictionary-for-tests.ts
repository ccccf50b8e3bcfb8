import { getDictionary } from "@/lib/dictionary/load-dictionary.server";

/** The real converted data from lib/dictionary/data, loaded once per test file. */
export const dictionary = getDictionary();
