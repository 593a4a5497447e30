import "server-only";

/** What Better Auth throws when it refuses a request (better-call's APIError). */
export interface AuthApiError extends Error {
  status: string | number;
  body?: { code?: unknown; message?: unknown };
}

/**
 * Better Auth's refusals, told apart by shape rather than `instanceof`: a production build may bundle the
 * library into more than one chunk, and the auth instance (created once per process) can then throw the
 * class of a copy other than the one this module imported. An unknown error stays unknown.
 */
export function isAuthApiError(error: unknown): error is AuthApiError {
  return (
    error instanceof Error &&
    error.name === "APIError" &&
    "status" in error &&
    (typeof error.status === "string" || typeof error.status === "number")
  );
}

/** Better Auth's machine code for a refusal (e.g. INVALID_EMAIL_OR_PASSWORD), when it gave one. */
export const authErrorCode = (error: AuthApiError): string | null =>
  typeof error.body?.code === "string" ? error.body.code : null;
