import nextEnv from "@next/env";
import { ensureSandboxCredentials } from "@/lib/sandbox/credentials";
import { ensureAuthSecret } from "@/lib/server/auth/secret-file";
import { localFilesOf } from "@/lib/server/config";

/**
 * Writes the files a sandbox deployment reads at start, when they do not exist yet: the sandbox's
 * generated credentials and the session secret (both 0600). Run by the quick start, npm run dev and
 * npm start, so that reading the configuration never writes anything (lib/server/config.ts).
 * Loads the same .env files Next will (`--dev` for next dev). Prints the TRTC mode, never a value.
 */
nextEnv.loadEnvConfig(process.cwd(), process.argv.includes("--dev"), {
  info: () => {},
  error: console.error,
});

try {
  const files = localFilesOf(process.env);
  if (files.sandboxCredentials) {
    ensureSandboxCredentials(files.sandboxCredentials);
  }
  if (files.authSecret) ensureAuthSecret(files.authSecret);
  // The quick start reads this line to know whether to start the sandbox.
  console.log(`roomdesk: TRTC mode: ${files.mode}`);
} catch (e) {
  // The server reports the same configuration error at start, with every variable it names.
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
