import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB memory, 2 passes, 1 lane): OWASP's minimum
// recommendation for argon2id, and about 10 ms on this project's 2-core machines.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword({
  hash: stored,
  password,
}: {
  hash: string;
  password: string;
}) {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a wrong password, not a crash.
    return false;
  }
}

/** A real argon2id hash of a random string, for comparing against when no account matches, so
 * that an unknown e-mail address takes as long to refuse as a wrong password. */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$GxEX7KXsPH/stwgRppu2Jg$ep1zXN1z7Hz3sz9OtQCVLnn8ESheMVRztg+Ki+RDUPI";
