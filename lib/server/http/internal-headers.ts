import "server-only";
import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER } from "../auth/client-ip";
import { PATH_HEADER, REQUEST_ID_HEADER, SEARCH_HEADER } from "../auth/path-header";

/** The part of a header set this edits: web Headers, or a Node request's headers (nodeHeaderEdit). */
export interface HeaderEdit {
  set(name: string, value: string): void;
  delete(name: string): void;
}

/**
 * The headers Roomdesk's own code reads about a request, set before the app sees it (proxy.ts for pages,
 * action-gate.ts for server actions). Internal headers are ours to set: a client-supplied value never
 * reaches the app. Without a trusted proxy the client's X-Forwarded-For is dropped too; Next then fills it
 * from the socket.
 */
export function setInternalHeaders(h: HeaderEdit, url: URL, trustedIpHeader: string | null): void {
  h.delete(CLIENT_IP_HEADER);
  h.set(PATH_HEADER, url.pathname);
  h.set(SEARCH_HEADER, pageSearch(url.searchParams));
  h.set(REQUEST_ID_HEADER, crypto.randomUUID());
  if (trustedIpHeader !== "x-forwarded-for") h.delete("x-forwarded-for");
}

/** The query a person typed or followed, without the one Next adds to its own navigation fetches. */
function pageSearch(params: URLSearchParams): string {
  const kept = new URLSearchParams(params);
  kept.delete("_rsc");
  const query = kept.toString();
  return query ? `?${query}` : "";
}

/** A Node request's header object (lower-case names, as Node keeps them) as a HeaderEdit. */
export function nodeHeaderEdit(headers: Record<string, string | string[] | undefined>): HeaderEdit {
  return {
    set: (name, value) => void (headers[name.toLowerCase()] = value),
    delete: (name) => void delete headers[name.toLowerCase()],
  };
}

/**
 * HTTPS as Next tells proxy.ts (its resolve-routes), for answers made on the bare Node request: a TLS
 * socket, or an X-Forwarded-Proto that names it (two proxies may send "https, http").
 */
export function servedOverHttps(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  return nodeHeader(req, "x-forwarded-proto")?.includes("https") ?? false;
}

/** A Node request's header as web Headers read it: repeated values joined, absent as null. */
export function nodeHeader(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}
