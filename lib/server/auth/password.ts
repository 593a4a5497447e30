import "server-only";
import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). `Algorithm` is a const enum, which
 * isolated modules cannot import, so the value is written out: 2 = Argon2id.
 */
const PARAMS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Every hash Roomdesk writes starts with this; anything else is re-hashed at the next sign-in. */
export const CURRENT_HASH_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// NFKC so the same password typed on different keyboards (composed vs decomposed) matches.
const normalize = (password: string) => password.normalize("NFKC");

/** A PHC string: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), PARAMS);
}

/** False for a wrong password and for any hash it cannot read; never throws on bad input. */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }) {
  if (!stored.startsWith("$argon2")) return false;
  try {
    return await verify(stored, normalize(password));
  } catch {
    return false;
  }
}

export const needsRehash = (stored: string) => !stored.startsWith(CURRENT_HASH_PREFIX);
