import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

/** The signed-in user of a page that needs one; anyone else is sent to sign in and brought back to `path`. */
export async function requirePageUser(lng: string, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${lng}/sign-in?next=${encodeURIComponent(path)}`);
  return user;
}

/** The result of a domain operation, with "not-found" (missing, or not this user's) shown as the not-found page. */
export async function orNotFound<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  }
}

/** The error of an upload the server turned away before reading it (proxy.ts sends the form back with it). */
export function refusedUpload(searchParams: { error?: string | string[] }): "file-too-large" | null {
  return searchParams.error === "file-too-large" ? "file-too-large" : null;
}
