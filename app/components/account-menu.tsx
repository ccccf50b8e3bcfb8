"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
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

/**
 * The header's account part, filled in by the browser so the pages around it can be cached for everyone. It takes
 * the same fixed slot whatever the answer (nothing, two links, or one button that opens the account's links), so
 * the header never changes height when the browser learns who is signed in.
 */
export function AccountMenu({ lng, strings }: { lng: string; strings: AccountMenuStrings }) {
  const session = useSession();
  if (session === undefined) return <span className="account-slot" aria-hidden="true" />;
  if (!session.user) {
    return (
      <span className="account-slot">
        <Link href={`/${lng}/sign-in`}>{strings.signIn}</Link>
        <Link href={`/${lng}/register`}>{strings.register}</Link>
      </span>
    );
  }
  return <AccountDropdown lng={lng} name={session.user.name} strings={strings} />;
}

function AccountDropdown({ lng, name, strings }: { lng: string; name: string; strings: AccountMenuStrings }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const menuId = useId();
  const slot = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Following a link closes the menu.
  if (open && openedAt !== pathname) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!slot.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <span className="account-slot" ref={slot}>
      <button
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
      >
        <span className="account-name">{name}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={menuId} className="account-dropdown" hidden={!open}>
        <p className="signed-in-as">{fillPlaceholders(strings.signedInAs, { name })}</p>
        <ul>
          <li>
            <Link href={`/${lng}/vocabulary`}>{strings.vocabulary}</Link>
          </li>
          <li>
            <Link href={`/${lng}/review`}>{strings.review}</Link>
          </li>
          <li>
            <Link href={`/${lng}/classes`}>{strings.classes}</Link>
          </li>
          <li>
            <Link href={`/${lng}/lessons/new`}>{strings.newLesson}</Link>
          </li>
          <li>
            <Link href={`/${lng}/settings`}>{strings.settings}</Link>
          </li>
          <li>
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
          </li>
        </ul>
      </div>
    </span>
  );
}
