// Accounts and sign-in for benchmarks: a user made with the automation command, signed in through the
// real sign-in action, so the measured requests carry a real session like a browser's.
import { spawnSync } from "node:child_process";
import { actionRequest, findAction } from "./actions";

export function createUser(
  env: Record<string, string>,
  email: string,
  role: "admin" | "support",
  password: string,
) {
  const r = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/user-create.ts", "--email", email, "--role", role],
    {
      input: password,
      env: { ...process.env, ...env },
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`user:create failed: ${r.stderr || r.stdout}`);
}

/** Signs in through the sign-in server action and returns the Cookie header value of the new session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const req = actionRequest(baseUrl, findAction("signInAction"), [{ email, password }]);
  const res = await fetch(req.url, { ...req.init, redirect: "manual" });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (cookies.length === 0) throw new Error(`sign-in failed: HTTP ${res.status} ${await res.text()}`);
  return cookies.join("; ");
}
