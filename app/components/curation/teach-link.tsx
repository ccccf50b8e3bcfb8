"use client";

import Link from "next/link";
import { useSession } from "@/app/components/use-session";

/**
 * "Teach this lesson", for teachers and administrators only. The public reader page is cached for everyone, so the
 * server cannot render it per user: the browser asks who is signed in and shows the link. The teach page itself
 * checks what the user may do.
 */
export function TeachLink({ href, label }: { href: string; label: string }) {
  const session = useSession();
  const role = session?.user?.role;
  if (role !== "teacher" && role !== "admin") return null;
  return (
    <p className="teach-link">
      <Link href={href}>{label}</Link>
    </p>
  );
}
