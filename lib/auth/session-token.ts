import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "session";
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** A new random session token for the cookie (256 bits). */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash of a token is stored, so a leaked database does not hand out live sessions. */
export function sessionIdFromToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
