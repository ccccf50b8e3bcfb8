"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import type { Role } from "@/lib/auth/roles";

export interface Session {
  user: { name: string; role: Role } | null;
}

let current: Session | undefined;
const listeners = new Set<() => void>();

function publish(session: Session): void {
  current = session;
  for (const listener of listeners) listener();
}

let asking: Promise<void> | null = null;

/**
 * Asks the server who is signed in (after sign-in and sign-out the page changes, and so this is asked again). The
 * parts of a page that want to know all ask when it loads; they share one request.
 */
export function refreshSession(): Promise<void> {
  asking ??= ask().finally(() => {
    asking = null;
  });
  return asking;
}

async function ask(): Promise<void> {
  try {
    const response = await fetch("/api/session", { cache: "no-store" });
    if (response.ok) publish((await response.json()) as Session);
  } catch {
    // Offline: keep what we knew.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The signed-in user as the browser knows it; undefined until the first answer. Pages stay cacheable for everyone
 * because the server renders them without the user, and these few parts fill in after loading.
 */
export function useSession(): Session | undefined {
  const pathname = usePathname();
  useEffect(() => {
    void refreshSession();
  }, [pathname]);
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
}
