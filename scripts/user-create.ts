// Creates a Roomdesk user for automation: reads the password from stdin, never from arguments
// (which end up in shell history and `ps`). Run with --conditions=react-server (see package.json).
//   printf '%s' "$PASSWORD" | npm run user:create -- --email ops@example.com --role admin [--name "Ops"]
import { parseArgs } from "node:util";
import { createUserSchema } from "@/lib/auth/schemas";
import { countUsers, createUser } from "@/lib/server/auth/users";
import { translator } from "@/lib/i18n/catalogs";
import { getApp } from "@/lib/server/app";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter, Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
});
const parsed = createUserSchema.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? values.email?.split("@")[0] ?? "",
  password: await readStdin(),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`roomdesk: ${issue.path.join(".") || "input"}: ${issue.message}`);
  console.error(
    "usage: npm run user:create -- --email <address> --role admin|support [--name <name>]  (password on stdin)",
  );
  process.exit(2);
}
const app = await getApp();
const { auth, db } = app;
if ((await countUsers(db)) === 0) {
  // The first account made here ends first-run setup, exactly as the setup page would.
  await db.kysely
    .insertInto("auth_setup")
    .values({ id: 1, claimed_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}
const result = await createUser(auth, db, { id: "cli", role: "admin" }, parsed.data);
// Everything the composition root opened, or an open Redis connection keeps the command from ending.
await app.close();
if (!result.ok) {
  console.error(
    `roomdesk: ${translator()(`users.${result.code === "email-taken" ? "emailTaken" : "createFailed"}`)}`,
  );
  process.exit(1);
}
console.log(`roomdesk: created ${parsed.data.role} ${parsed.data.email}`);
