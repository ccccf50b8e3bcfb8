"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { signOutAction } from "../actions/auth";
import { refreshSession, useSession } from "./use-session";

export interface AccountMenuStrings {
  vocabulary: string;
  review: string;
  classes: string;
  newLesson: string;
  settings: string;
  signIn: string;
  register: string;
  signOut: string;
  /** With "{name}" where the user's name goes. */
  signedInAs: string;
}

/** The header's signed-in part: filled in by the browser, so the pages around it can be cached for everyone. */
export function AccountMenu({ lng, strings }: { lng: string; strings: AccountMenuStrings }) {
  const session = useSession();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (session === undefined) return <span className="account-placeholder" aria-hidden="true" />;
  const user = session.user;
  if (!user) {
    return (
      <span className="account-links">
        <Link href={`/${lng}/sign-in`}>{strings.signIn}</Link>
        <Link href={`/${lng}/register`}>{strings.register}</Link>
      </span>
    );
  }
  return (
    <span className="account-links">
      <Link href={`/${lng}/vocabulary`}>{strings.vocabulary}</Link>
      <Link href={`/${lng}/review`}>{strings.review}</Link>
      <Link href={`/${lng}/classes`}>{strings.classes}</Link>
      <Link href={`/${lng}/lessons/new`}>{strings.newLesson}</Link>
      <Link href={`/${lng}/settings`}>{strings.settings}</Link>
      <span className="signed-in-as">{fillPlaceholders(strings.signedInAs, { name: user.name })}</span>
      <button
        type="button"
        className="link-button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            await signOutAction();
            await refreshSession();
            router.push(`/${lng}`);
            router.refresh();
          })
        }
      >
        {strings.signOut}
      </button>
    </span>
  );
}
