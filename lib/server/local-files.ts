import "server-only";
import { readFileSync } from "node:fs";
import { ConfigError } from "./config-error";

const isErrno = (e: unknown, code: string) =>
  e instanceof Error && (e as NodeJS.ErrnoException).code === code;

/**
 * Reads the file a configuration variable names (`configured`, resolved to `file`), written beforehand by the sandbox or by
 * scripts/prepare-local.ts; never creates it. A missing or unusable file is a ConfigError naming the
 * variable and the file. The file's text is never quoted: it holds a secret.
 */
export function readLocalFile<T>(
  at: { file: string; variable: string; configured: string },
  parse: (text: string) => T,
): T {
  const { file, variable, configured: shown } = at;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (isErrno(e, "ENOENT")) {
      throw new ConfigError(
        `Invalid Roomdesk configuration:\n  ${variable}: ${shown} does not exist yet; npm run quickstart, npm run dev and npm start write it first (scripts/prepare-local.ts)`,
      );
    }
    throw new ConfigError(`Invalid Roomdesk configuration:\n  ${variable}: ${shown} cannot be read`);
  }
  try {
    return parse(text);
  } catch {
    throw new ConfigError(
      `Invalid Roomdesk configuration:\n  ${variable}: ${shown} holds no usable value; delete it to have a new one written`,
    );
  }
}
