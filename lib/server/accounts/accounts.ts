import "server-only";
import type { ImportedAccount } from "@/lib/accounts/types";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import { ACCOUNT_LIMITS } from "@/lib/trtc/limits";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { Db } from "../db";
import type { PeopleWriteDeps } from "../people/writes";

/**
 * Imports accounts into Tencent (docs/trtc-api.md §2.17): one account_import for a single UserID,
 * multiaccount_import 100 at a time for a list, each call audited. Every batch Tencent accepted is
 * remembered, so a refusal half-way leaves the earlier batches listed and says how far it got.
 */

export type ImportOutcome =
  | { kind: "imported"; count: number; requestIds: string[] }
  | { kind: "partial"; imported: number; total: number; failure: UpstreamFailure };

async function remember(db: Db, actor: AuditActor, ids: string[], nick: string, requestId: string) {
  const now = new Date().toISOString();
  for (const userId of ids) {
    await db.kysely
      .insertInto("trtc_accounts")
      .values({ user_id: userId, nick, imported_at: now, imported_by: actor.id, request_id: requestId })
      .onConflict((oc) =>
        oc
          .column("user_id")
          .doUpdateSet({ nick, imported_at: now, imported_by: actor.id, request_id: requestId }),
      )
      .execute();
  }
}

export async function importAccounts(
  deps: PeopleWriteDeps,
  actor: AuditActor,
  input: { list: string[]; nick: string },
): Promise<ImportOutcome> {
  const client = auditedTrtc(deps, { actor });
  const profile = input.nick === "" ? {} : { Nick: input.nick };
  const requestIds: string[] = [];
  let imported = 0;
  for (let at = 0; at < input.list.length; at += ACCOUNT_LIMITS.maxPerBatch) {
    const batch = input.list.slice(at, at + ACCOUNT_LIMITS.maxPerBatch);
    const r =
      input.list.length === 1
        ? await client.run("account_import", { UserID: batch[0]!, ...profile }, { action: "account.import" })
        : await client.run(
            "multiaccount_import",
            { AccountList: batch.map((UserID) => ({ UserID, ...profile })) },
            { action: "account.import" },
          );
    if (!r.ok) return { kind: "partial", imported, total: input.list.length, failure: r.error.toFailure() };
    await remember(deps.db, actor, batch, input.nick, r.requestId);
    requestIds.push(r.requestId);
    imported += batch.length;
  }
  return { kind: "imported", count: imported, requestIds };
}

export async function listImportedAccounts(db: Db): Promise<ImportedAccount[]> {
  const rows = await db.kysely
    .selectFrom("trtc_accounts")
    .selectAll()
    .orderBy("user_id")
    .limit(5000)
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    nick: r.nick,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
  }));
}
