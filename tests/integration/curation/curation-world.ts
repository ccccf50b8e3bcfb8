import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { cookieJar } from "../../support/next-request-mock";

/** Paths revalidated through next/cache (mocked in each curation test file), in call order. */
export const revalidated = vi.fn<(path: string, type?: string) => void>();

export async function signInAs(user: CurrentUser | null) {
  cookieJar.clear();
  if (user) cookieJar.set(SESSION_COOKIE, (await createSession(user.id)).token);
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}
