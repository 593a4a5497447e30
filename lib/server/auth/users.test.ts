import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit/record";
import { openAccounts, type Accounts } from "@/tests/accounts";
import { ENGINES } from "@/tests/db-engines";
import { queryPlan } from "@/tests/query-plan";
import { listUsers, usersWithLastSignIn } from "./users";

/** Far enough ahead that the real sign-in made below, stamped now, is never the newest. */
const AT = (day: string) => new Date(`2090-${day}T08:00:00.000Z`);

describe.each(ENGINES)("the users list's last sign-in on %s", (engine) => {
  let accounts: Accounts;
  let often: { id: string; email: string };
  let never: { id: string; email: string };
  let other: { id: string; email: string };

  beforeAll(async () => {
    accounts = await openAccounts(engine);
    const { db } = accounts;
    [often, never, other] = [
      await accounts.newUser("admin"),
      await accounts.newUser("support"),
      await accounts.newUser("support"),
    ];
    expect((await accounts.login(often.email)).ok).toBe(true);
    // Written out of order, then followed by newer rows of other kinds from the same account.
    const events = [
      [often, "auth.sign_in", "01-05"],
      [often, "auth.sign_in", "03-01"],
      [often, "auth.sign_in", "02-10"],
      [often, "auth.sign_out", "04-01"],
      [often, "user.role_changed", "05-01"],
      [never, "user.role_changed", "06-01"],
      [other, "auth.sign_in", "07-01"],
    ] as const;
    for (const [user, action, day] of events)
      await recordAudit(db, {
        actor: { id: user.id, role: "admin" },
        action,
        outcome: "ok",
        occurredAt: AT(day),
      });
  });
  afterAll(() => accounts?.dispose());

  const lastOf = async (id: string) => (await listUsers(accounts.db)).find((u) => u.id === id)?.lastSignInAt;

  it("is the newest of several sign-ins, not a later action of another kind", async () => {
    expect(await lastOf(often.id)).toBe(AT("03-01").toISOString());
    expect(await lastOf(other.id)).toBe(AT("07-01").toISOString());
  });

  it("is null for an account that never signed in", async () => {
    expect(await lastOf(never.id)).toBeNull();
  });

  it("agrees with the newest sign-in of every account counted over the whole trail", async () => {
    const newest = await accounts.db.kysely
      .selectFrom("audit_log")
      .select(["actor_id", (eb) => eb.fn.max("occurred_at").as("last")])
      .where("action", "=", "auth.sign_in")
      .groupBy("actor_id")
      .execute();
    const byActor = new Map(newest.map((r) => [r.actor_id, r.last]));
    const users = await listUsers(accounts.db);
    expect(users.length).toBeGreaterThanOrEqual(3);
    for (const u of users) expect(u.lastSignInAt, u.email).toBe(byActor.get(u.id) ?? null);
  });

  it("reads each account's last sign-in through the sign-in index", async () => {
    const { db } = accounts;
    const compiled = usersWithLastSignIn(db).compile();
    const plan = (await queryPlan(db, compiled)).join("\n");
    expect(plan).toContain("audit_log_sign_in_actor_time");
  });
});
