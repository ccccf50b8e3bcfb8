import type { CurrentUser } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { cookieJar } from "./next-request-mock";

/** Makes the next action or route call come from `user` (a fresh session), or from a signed-out visitor (null). */
export async function signInAs(user: Pick<CurrentUser, "id"> | null): Promise<void> {
  cookieJar.clear();
  if (user) cookieJar.set(SESSION_COOKIE, (await createSession(user.id)).token);
}

/** A submitted form; a list gives the field once per value, as ticked checkboxes do. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}
