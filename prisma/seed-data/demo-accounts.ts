import type { Role } from "../../lib/auth/roles";

/** Demo accounts, documented in the README. Only for trying the app; change or remove them in production. */
export const DEMO_ACCOUNTS: { email: string; name: string; password: string; role: Role }[] = [
  { email: "learner@example.com", name: "Lotte Leerling", password: "lees-nederlands", role: "learner" },
  { email: "teacher@example.com", name: "Daan Docent", password: "lesgeven-is-leuk", role: "teacher" },
];
