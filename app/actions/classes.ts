"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { addCoTeacher } from "@/lib/classes/add-co-teacher.server";
import { archiveClass, restoreClass } from "@/lib/classes/archive-class.server";
import { classDetailsInput, coTeacherInput, joinCodeInput, type ClassDetails } from "@/lib/classes/class-input";
import { createClass } from "@/lib/classes/create-class.server";
import { joinClass } from "@/lib/classes/join-class.server";
import { leaveClass } from "@/lib/classes/leave-class.server";
import { removeLearner } from "@/lib/classes/remove-learner.server";
import { rotateJoinCode } from "@/lib/classes/rotate-join-code.server";
import { setJoining } from "@/lib/classes/set-joining.server";
import { setTeacherRole } from "@/lib/classes/set-teacher-role.server";
import { updateClass } from "@/lib/classes/update-class.server";
import type { ActionResult } from "./action-result";
import { formLanguage } from "./form-language";
import { fieldErrors, parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** State of the class details, join and co-teacher forms: the last result, the fields it concerns, what was typed. */
export type ClassFormState =
  (ActionResult<null> & { fields?: Record<string, string>; values?: Record<string, string> }) | null;

const recordId = z.string().min(1).max(64);

function text(formData: FormData, name: string, max = 1000): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}

function detailFields(formData: FormData) {
  return {
    name: text(formData, "name"),
    level: text(formData, "level"),
    description: text(formData, "description", 5000),
    sizeLimit: text(formData, "sizeLimit"),
  };
}

/** Who is calling, then the details form, then the write; a failure keeps what was typed. */
async function withDetails<T>(
  formData: FormData,
  write: (user: CurrentUser, details: ClassDetails) => Promise<T>,
): Promise<ActionResult<T> & { fields?: Record<string, string>; values?: Record<string, string> }> {
  const values = detailFields(formData);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated", values };
  const checked = fieldErrors(classDetailsInput, values);
  if ("fields" in checked) return { ok: false, error: "invalid-input", fields: checked.fields, values };
  const result = await runAction(() => write(user, checked.data));
  return result.ok ? result : { ...result, values };
}

export async function createClassAction(_state: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const result = await withDetails(formData, createClass);
  if (!result.ok) return result;
  redirect(`/${formLanguage(formData)}/classes/${result.data}`);
}

export async function updateClassAction(
  classId: unknown,
  _state: ClassFormState,
  formData: FormData,
): Promise<ClassFormState> {
  const result = await withDetails(formData, (user, details) =>
    updateClass(user, parseInput(recordId, classId), details),
  );
  return result.ok ? { ok: true, data: null } : result;
}

/** Joins the class of the typed code, then shows "My classes" with a confirmation. */
export async function joinClassAction(_state: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const code = text(formData, "code", 40);
  const result = await runAction(async () => joinClass(await requireUser(), parseInput(joinCodeInput, code)));
  if (!result.ok) return { ...result, values: { code } };
  redirect(`/${formLanguage(formData)}/classes?joined=${encodeURIComponent(result.data.classId)}`);
}

export async function leaveClassAction(classId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await leaveClass(user, parseInput(recordId, classId));
    return null;
  });
}

export async function rotateJoinCodeAction(classId: unknown): Promise<ActionResult<string>> {
  return runAction(async () => rotateJoinCode(await requireUser(), parseInput(recordId, classId)));
}

export async function setJoiningAction(classId: unknown, enabled: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await setJoining(user, parseInput(recordId, classId), parseInput(z.boolean(), enabled));
    return null;
  });
}

export async function removeLearnerAction(classId: unknown, learnerId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await removeLearner(user, parseInput(recordId, classId), parseInput(recordId, learnerId));
    return null;
  });
}

export async function addCoTeacherAction(
  classId: unknown,
  _state: ClassFormState,
  formData: FormData,
): Promise<ClassFormState> {
  const email = text(formData, "email", 300);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, error: "unauthenticated", values: { email } };
  const checked = fieldErrors(coTeacherInput, email);
  if ("fields" in checked)
    return { ok: false, error: "invalid-input", fields: { email: "emailInvalid" }, values: { email } };
  const result = await runAction(async () => {
    await addCoTeacher(user, parseInput(recordId, classId), checked.data);
    return null;
  });
  return result.ok ? result : { ...result, values: { email } };
}

export async function archiveClassAction(classId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await archiveClass(user, parseInput(recordId, classId));
    return null;
  });
}

export async function restoreClassAction(classId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await restoreClass(user, parseInput(recordId, classId));
    return null;
  });
}

/** The caller switches their own account between learner and teacher (see setTeacherRole). */
export async function setTeacherRoleAction(teacher: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await setTeacherRole(user, parseInput(z.boolean(), teacher));
    return null;
  });
}
