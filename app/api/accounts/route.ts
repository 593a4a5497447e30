import { requireRole } from "@/lib/server/auth/guard";
import { getApp } from "@/lib/server/app";
import { listImportedAccounts } from "@/lib/server/accounts/accounts";

/** The accounts Roomdesk imported: the schedule form's owner and invitee suggestions. */
export async function GET() {
  await requireRole("admin");
  const accounts = await listImportedAccounts((await getApp()).db);
  return Response.json(accounts, { headers: { "cache-control": "no-store" } });
}
