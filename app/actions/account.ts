"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { deleteAccount } from "@/lib/auth/delete-account.server";
import { endAllSessions } from "@/lib/auth/session-cookie.server";
import type { ActionResult } from "./action-result";
import { formLanguage } from "./form-language";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** State of the delete-account form: the last error (a wrong password), or null. */
export type DeleteAccountState = ActionResult<null> | null;

const password = z.string().min(1).max(1000);

/**
 * Deletes the caller's own account after they typed their password again, then clears this browser's session
 * cookie (the sessions themselves went with the account) and goes to the home page.
 */
export async function deleteAccountAction(_state: DeleteAccountState, formData: FormData): Promise<DeleteAccountState> {
  const result = await runAction(async () => {
    const user = await requireUser();
    await deleteAccount(user, parseInput(password, formData.get("password")));
    await endAllSessions(user.id);
    return null;
  });
  if (!result.ok) return result;
  redirect(`/${formLanguage(formData)}`);
}
