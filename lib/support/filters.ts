import { ALL_AUDIT_ACTIONS, AUDIT_FAMILIES } from "@/lib/audit/actions";
import { parseDate } from "@/lib/time/wall-time";
import { OUTCOMES, type Outcome } from "./types";

/** The console's view, exactly as it sits in the URL (?q=&action=&outcome=&code=&actor=&from=&to=&auth=). */
export interface SupportFilters {
  q: string;
  action: string;
  outcome: Outcome | "";
  code: string;
  actor: string;
  from: string;
  to: string;
  /** "include": sign-ins, sign-outs and refusals are listed too; by default they are not. */
  auth: "include" | "";
}

export const FILTER_KEYS = ["q", "action", "outcome", "code", "actor", "from", "to", "auth"] as const;

export const EMPTY_FILTERS: SupportFilters = {
  q: "",
  action: "",
  outcome: "",
  code: "",
  actor: "",
  from: "",
  to: "",
  auth: "",
};

/**
 * Actions the filter offers, read from the one list the audit writers are typed against: each family as
 * `family.*` (every action of that family), then its actions.
 */
export const ACTION_OPTIONS: readonly string[] = AUDIT_FAMILIES.flatMap((family) => [
  `${family}.*`,
  ...ALL_AUDIT_ACTIONS.filter((a) => a.startsWith(`${family}.`)),
]);

export const ACTION_PATTERN = /^[a-z_]{1,32}(\.[a-z_]{1,32}|\.\*)$/;
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const CODE_PATTERN = /^\d{1,9}$/;
const ACTOR_PATTERN = /^[A-Za-z0-9_@.:-]{1,128}$/;

const keep = (value: string | null, pattern: RegExp) => (value && pattern.test(value) ? value : "");
// The pattern alone lets 2027-13-01 through, and building a Date from it would throw.
const keepDay = (value: string | null) => (value && DAY_PATTERN.test(value) && parseDate(value) ? value : "");

/** Lenient: a hand-edited link with a bad value drops that value rather than failing the page. */
export function filtersFromParams(params: URLSearchParams): SupportFilters {
  const outcome = params.get("outcome") ?? "";
  return {
    q: (params.get("q") ?? "").slice(0, 800),
    action: keep(params.get("action"), ACTION_PATTERN),
    outcome: (OUTCOMES as readonly string[]).includes(outcome) ? (outcome as Outcome) : "",
    code: keep(params.get("code"), CODE_PATTERN),
    actor: keep(params.get("actor"), ACTOR_PATTERN),
    from: keepDay(params.get("from")),
    to: keepDay(params.get("to")),
    auth: params.get("auth") === "include" ? "include" : "",
  };
}

/** Only the filters that are set, in a fixed order, so equal views give equal links. */
export function filtersToParams(f: SupportFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) if (f[key]) out.set(key, f[key]);
  return out;
}

export const hasFilters = (f: SupportFilters) => FILTER_KEYS.some((k) => f[k] !== "");
