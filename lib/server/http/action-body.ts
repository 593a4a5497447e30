import "server-only";
import { ACTION_LIMITS } from "@/lib/http/action-limits.mjs";
import type { Refusal } from "./request-checks";

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * The deepest bracket nesting in a body, scanning bytes (UTF-8 never puts ASCII bytes inside a
 * multi-byte character). In JSON, brackets inside strings do not count. Other bodies (multipart)
 * count every bracket, so no quote can hide nesting from the scan.
 */
export function nestingDepth(body: Uint8Array, json: boolean): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
    } else if (json && b === 0x22) inString = true;
    else if (OPEN.has(b)) deepest = Math.max(deepest, ++depth);
    else if (CLOSE.has(b)) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Reads a body up to `limit` bytes; null as soon as it is longer. */
export async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * An action body Next's decoder would fail on with a 500: over the size limit (413), nested past the
 * limit, not JSON, or not multipart form data (400). The body is read from proxy.ts's copy; Next
 * keeps its own. What is well-formed but still not a valid React payload is Next's to answer.
 */
export async function malformedActionBody(request: Request): Promise<Refusal | null> {
  const limit = ACTION_LIMITS.bodyBytes;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  const tooLarge = tooLargeActionBody();
  if (declared > limit) return tooLarge;
  if (!request.body) return null;
  const body = await readAtMost(request.body, limit);
  if (body === null) return tooLarge;
  return malformedActionBytes(
    body,
    request.headers.get("content-type") ?? "",
    request.headers.has("next-action"),
  );
}

/** The refusal of a body's size, for a body the caller has not started reading. */
export function tooLargeActionBody(): Refusal {
  const limit = ACTION_LIMITS.bodyBytes;
  return {
    status: 413,
    message: `The request body is larger than ${kb(limit)} (${limit} bytes), the limit for a form.`,
  };
}

/**
 * The checks of a body read whole (within the size limit): nesting, then JSON or multipart form data
 * that parses. Shared by proxy.ts and the server actions' gate (action-gate.ts), which reads the body itself.
 */
export async function malformedActionBytes(
  body: Uint8Array,
  type: string,
  fetchAction: boolean,
): Promise<Refusal | null> {
  const json = type.startsWith("text/plain");
  const depth = nestingDepth(body, json);
  if (depth > ACTION_LIMITS.nesting) {
    return {
      status: 400,
      message: `The request body nests ${depth} levels deep; the limit is ${ACTION_LIMITS.nesting}.`,
    };
  }
  if (json) return parses(() => JSON.parse(new TextDecoder().decode(body)), "is not valid JSON");
  if (!type.startsWith("multipart/form-data")) return null;
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": type },
    }).formData();
  } catch {
    return { status: 400, message: "The request body is not valid multipart form data." };
  }
  // A fetched action's arguments are JSON in field "0" (React's reply encoding).
  const root = form.get("0");
  if (!fetchAction || typeof root !== "string") return null;
  return parses(() => JSON.parse(root), 'has a field "0" that is not valid JSON');
}

function parses(parse: () => unknown, problem: string): Refusal | null {
  try {
    parse();
    return null;
  } catch {
    return { status: 400, message: `The request body ${problem}.` };
  }
}
