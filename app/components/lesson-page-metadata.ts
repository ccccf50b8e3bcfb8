import "server-only";
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import type { Namespace } from "@/lib/i18n/resources";
import { getT } from "@/lib/i18n/translator";
import { getLessonTitle } from "@/lib/lessons/get-lesson-title.server";

/**
 * The generateMetadata of a lesson's editor page: its heading (`namespace:key`, given the lesson's title) as the
 * browser tab's title, so a teacher with several lessons open tells the tabs apart. For anyone who may not read the
 * lesson, and when the title cannot be read, the layout's default (the app's name): a title never tells a stranger
 * what a private lesson is called, and the page itself says what went wrong.
 */
export function lessonPageMetadata(namespace: Namespace, key: string) {
  return async ({ params }: { params: Promise<{ lng: string; id: string }> }): Promise<Metadata> => {
    const { lng, id } = await params;
    const title = await getLessonTitle(id, await getCurrentUser()).catch(() => null);
    return title === null ? {} : { title: getT(toUiLanguage(lng), namespace)(key, { title }) };
  };
}
