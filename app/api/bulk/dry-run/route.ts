import { localizeMessage } from "@/lib/i18n/localize-issue";
import { describeIntakeRefusal } from "@/lib/i18n/describe-intake-refusal";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { requireRole } from "@/lib/server/auth/guard";
import { dryRunSheet } from "@/lib/server/bulk-intake/dry-run";
import { parseDryRunRequest } from "@/lib/server/bulk-intake/dry-run-request";
import { getApp } from "@/lib/server/app";

const NO_STORE = { "cache-control": "no-store" };

/** The dry run of a sheet: read, checked row by row and answered; nothing is stored or sent to Tencent. */
export async function POST(request: Request) {
  await requireRole("admin");
  const t = await requestTranslator();
  const parsed = await parseDryRunRequest(request);
  if (!parsed.ok)
    return Response.json(
      { error: describeIntakeRefusal(t, parsed.refusal) },
      { status: parsed.status, headers: NO_STORE },
    );
  const outcome = await dryRunSheet(await getApp(), parsed.input, (message) => localizeMessage(t, message));
  if (!outcome.ok)
    return Response.json(
      { error: describeIntakeRefusal(t, outcome.refusal) },
      { status: 400, headers: NO_STORE },
    );
  return Response.json(outcome.result, { headers: NO_STORE });
}

/** Only POST reads a sheet; the guard still answers first, as on every route. */
export async function GET() {
  await requireRole("admin");
  return new Response(null, { status: 405, headers: { allow: "POST", ...NO_STORE } });
}
