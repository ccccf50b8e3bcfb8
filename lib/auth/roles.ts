export const ROLES = ["learner", "teacher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function toRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : "learner";
}
