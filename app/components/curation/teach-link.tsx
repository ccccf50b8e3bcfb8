"use client";

import Link from "next/link";
import { useSession } from "@/app/components/use-session";
import { toRole } from "@/lib/auth/roles";
import { isTeacher } from "@/lib/lesson-model/lesson-policy";

/**
 * "Teach this lesson", for teachers and administrators only. The public reader page is cached for everyone, so the
 * server cannot render it per user: the browser asks who is signed in and shows the link. The teach page itself
 * checks what the user may do.
 */
export function TeachLink({ href, label }: { href: string; label: string }) {
  const session = useSession();
  if (!session?.user || !isTeacher(toRole(session.user.role))) return null;
  return (
    <p className="teach-link">
      <Link href={href}>{label}</Link>
    </p>
  );
}
