/**
 * Gives an account a role, e.g. makes the person who runs the app an admin (who sees DeepL's usage in Settings).
 *
 *   npm run user:role -- someone@example.com admin
 *
 * Taking teaching away (a teacher or admin made a learner) also marks it revoked (User.teacherRevokedAt), so the
 * account cannot switch it back on in its settings; making an account a teacher or admin clears the mark. The
 * classes a demoted teacher taught keep them listed as a teacher (co-teachers carry on), but they can do nothing
 * with those classes until they are a teacher again; the command names the classes that still need a teacher.
 */
import { createClient } from "../lib/db/create-client";
import { ROLES, toRole, type Role } from "../lib/auth/roles";
import { isTeacher } from "../lib/lesson-model/lesson-policy";

async function main(): Promise<void> {
  const [email, role] = process.argv.slice(2);
  if (!email || !ROLES.includes(role as Role)) {
    console.error(`usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
    process.exitCode = 2;
    return;
  }
  const newRole = role as Role;
  const { client, ready } = createClient();
  await ready;
  const account = await client.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, role: true },
  });
  if (!account) {
    console.log(`no account with e-mail ${email}`);
    process.exitCode = 1;
    await client.$disconnect();
    return;
  }
  const demoted = isTeacher(toRole(account.role)) && !isTeacher(newRole);
  const teacherRevokedAt = isTeacher(newRole) ? null : demoted ? new Date() : undefined;
  await client.user.update({ where: { id: account.id }, data: { role: newRole, teacherRevokedAt } });
  console.log(`${email} is now ${newRole}${demoted ? " (teaching revoked: they cannot switch it back on)" : ""}`);
  if (demoted) {
    const classes = await client.classroom.findMany({
      where: { archivedAt: null, teachers: { some: { userId: account.id } } },
      select: { name: true, _count: { select: { teachers: true } } },
    });
    for (const found of classes) {
      const others = found._count.teachers - 1;
      console.log(`  still listed as a teacher of "${found.name}" (${others} other teacher${others === 1 ? "" : "s"})`);
    }
  }
  await client.$disconnect();
}

void main();
