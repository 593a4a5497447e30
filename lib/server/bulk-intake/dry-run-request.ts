import "server-only";
import { isSheetColumnKey } from "@/lib/bulk/columns";
import type { ColumnMapping } from "@/lib/bulk/headers";
import { BULK_LIMITS } from "@/lib/bulk/job-request";
import type { IntakeRefusal } from "@/lib/bulk/refusals";
import { isValidTimeZone } from "@/lib/time/zone";
import { readAtMost } from "../http/action-body";
import type { DryRunInput } from "./dry-run";

// The form's other parts (mapping, zone, multipart framing) beside the file itself.
const OVERHEAD_BYTES = 64 * 1024;

export type ParsedDryRunRequest =
  { ok: true; input: DryRunInput } | { ok: false; status: 400 | 413; refusal: IntakeRefusal };

const refuse = (status: 400 | 413, refusal: IntakeRefusal): ParsedDryRunRequest => ({
  ok: false,
  status,
  refusal,
});

function parseMapping(raw: FormDataEntryValue | null): ColumnMapping | undefined | null {
  if (raw === null || raw === "") return undefined;
  if (typeof raw !== "string") return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value) || value.length > 1000) return null;
    return value.every((v) => v === null || isSheetColumnKey(v)) ? (value as ColumnMapping) : null;
  } catch {
    return null;
  }
}

/**
 * `POST /api/bulk/dry-run` as multipart form data: `file` (an uploaded CSV) or `text` (cells pasted from a
 * spreadsheet), with optional `mapping` (JSON: one field key or null per column) and `timeZone` (for rows
 * without one). The body is read only up to the file limit and the form's overhead, declared or streamed.
 */
export async function parseDryRunRequest(
  request: Request,
  maxFileBytes: number = BULK_LIMITS.maxFileBytes,
): Promise<ParsedDryRunRequest> {
  const limit = maxFileBytes + OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) return refuse(413, { reason: "tooLarge", bytes: declared, max: maxFileBytes });
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") || !request.body)
    return refuse(400, { reason: "notMultipart" });
  const body = await readAtMost(request.body, limit);
  if (body === null) return refuse(413, { reason: "tooLarge", bytes: null, max: maxFileBytes });
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    return refuse(400, { reason: "notMultipart" });
  }
  const mapping = parseMapping(form.get("mapping"));
  if (mapping === null) return refuse(400, { reason: "badMapping" });
  const zone = form.get("timeZone");
  const timeZone = typeof zone === "string" && zone !== "" ? zone : "UTC";
  if (!isValidTimeZone(timeZone)) return refuse(400, { reason: "unknownZone", zone: timeZone.slice(0, 80) });

  const file = form.get("file");
  const text = form.get("text");
  if (file instanceof File && file.size > 0) {
    if (file.size > maxFileBytes)
      return refuse(413, { reason: "tooLarge", bytes: file.size, max: maxFileBytes });
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, input: { source: { kind: "file", fileName: file.name, bytes }, mapping, timeZone } };
  }
  if (typeof text === "string" && text.trim() !== "") {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxFileBytes) return refuse(413, { reason: "tooLarge", bytes, max: maxFileBytes });
    return { ok: true, input: { source: { kind: "pasted", text }, mapping, timeZone } };
  }
  return refuse(400, { reason: "noSheet" });
}
