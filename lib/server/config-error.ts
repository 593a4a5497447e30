import "server-only";

/** A configuration Roomdesk cannot start with; the message names the variable and what it needs. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
