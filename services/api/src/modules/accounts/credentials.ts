import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2's Algorithm is a const enum, which isolated modules cannot inline: 2 is Argon2id.
const ARGON2ID = 2;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

// Verifying against this when the e-mail is unknown keeps the response time the same,
// so log-in timing does not reveal which addresses have accounts.
const decoy = hashPassword(randomBytes(16).toString("hex"));

/** Checks a password against a stored hash, spending the same time when there is no hash. */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** A new random opaque token (sessions, invitations) and the hash stored in its place. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
