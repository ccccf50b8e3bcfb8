/**
 * Gives an account a role, e.g. makes the person who runs the app an admin (who sees DeepL's usage in Settings).
 *
 *   npm run user:role -- someone@example.com admin
 */
import { createClient } from "../lib/db/create-client";
import { ROLES, type Role } from "../lib/auth/roles";

async function main(): Promise<void> {
  const [email, role] = process.argv.slice(2);
  if (!email || !ROLES.includes(role as Role)) {
    console.error(`usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
    process.exitCode = 2;
    return;
  }
  const { client, ready } = createClient();
  await ready;
  const { count } = await client.user.updateMany({ where: { email: email.toLowerCase() }, data: { role } });
  console.log(count === 1 ? `${email} is now ${role}` : `no account with e-mail ${email}`);
  if (count !== 1) process.exitCode = 1;
  await client.$disconnect();
}

void main();
