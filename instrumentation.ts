/** Validates configuration when the server starts, so a bad variable stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/server/config");
  getConfig();
}
