import { isServer, QueryClient } from "@tanstack/react-query";
import { isAuthRefusal, isNotFound } from "./queries/http";

// A refusal will not turn into a permission by asking again, nor an unknown meeting into a known one:
// the page says so at once. Read from the status, never the message: the message holds the URL, where a
// RoomId like "rd-403" would read as a refusal.
export const shouldRetry = (failureCount: number, error: unknown) =>
  !isAuthRefusal(error) && !isNotFound(error) && failureCount < 2;

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One client per browser tab; a fresh one per server render so users never share a cache. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
