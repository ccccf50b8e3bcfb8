import "server-only";
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass } from "@/lib/classes/class-access.server";
import { toUiLanguage, type UiLanguage } from "@/lib/i18n/languages";
import type { Namespace } from "@/lib/i18n/resources";
import { getT } from "@/lib/i18n/translator";
import { getLessonTitle } from "@/lib/lessons/get-lesson-title.server";

type RouteProps = { params: Promise<{ lng: string; id: string }> };

/**
 * The generateMetadata of a page about one record: a tab title naming it (`word` puts its name in the page's words),
 * so a teacher with several lessons or classes open tells the tabs apart. `nameOf` reads the name through the
 * record's access check: for anyone who may not see it, and when the name cannot be read, the layout's default (the
 * app's name) stays, so a title never tells a stranger what a private lesson or a class is called, and the page itself
 * says what went wrong.
 */
function recordPageMetadata(
  nameOf: (id: string, user: CurrentUser | null) => Promise<string>,
  word: (lng: UiLanguage, name: string) => string,
) {
  return async ({ params }: RouteProps): Promise<Metadata> => {
    const { lng, id } = await params;
    const name = await nameOf(id, await getCurrentUser()).catch(() => null);
    return name === null ? {} : { title: word(toUiLanguage(lng), name) };
  };
}

/** A lesson's editor page, titled by its heading `namespace:key` given the lesson's title. */
export function lessonPageMetadata(namespace: Namespace, key: string) {
  return recordPageMetadata(getLessonTitle, (lng, title) => getT(lng, namespace)(key, { title }));
}

/** A class's page for its teachers, titled by `word` given the class's name. */
export function classPageMetadata(word: (lng: UiLanguage, className: string) => string) {
  return recordPageMetadata(async (id, user) => (await requireClass(user, id, "view")).name, word);
}
