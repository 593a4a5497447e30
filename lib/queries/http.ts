/** A read answered with an HTTP error. The status is a field of its own, so nothing has to parse the message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
    readonly url: string,
  ) {
    super(`${status} ${statusText}: ${url}`);
    this.name = "HttpError";
  }
}

/** 401 (no valid session) and 403 (the role does not allow it). */
export const isAuthRefusal = (error: unknown) =>
  error instanceof HttpError && (error.status === 401 || error.status === 403);

/** 404: the server knows there is no such thing (a meeting not in the index). */
export const isNotFound = (error: unknown) => error instanceof HttpError && error.status === 404;

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new HttpError(res.status, res.statusText, url);
  return (await res.json()) as T;
}
