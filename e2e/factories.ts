import { randomInt } from "node:crypto";

/**
 * Names and client addresses unique to one test, so no spec meets another's data: not in this run,
 * and not in a run from a few minutes ago whose database (and sign-in throttle) was kept. Playwright
 * loads this module afresh in every worker (a new one after each failure, one per --repeat-each), so
 * a counter alone would start over: each load also draws its own random base.
 */

const LOAD = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
let seq = 0;

export const uniqueId = (prefix: string) => `${prefix}-${LOAD}-${++seq}`;

export const uniqueEmail = (prefix: string) => `${uniqueId(prefix)}@e2e.example`;

const ADDRESS_SPACE = 2 ** 24; // 10.0.0.0/8
const PER_LOAD = 4096;
const addressBase = randomInt(ADDRESS_SPACE - PER_LOAD);
let addresses = 0;

/**
 * An address in 10.0.0.0/8 that no other test has signed in (or failed to) from: consecutive
 * addresses from a random base, so two loads overlap only if their bases fall within 4096 of each other.
 */
export function uniqueClientAddress(): string {
  if (addresses >= PER_LOAD) throw new Error(`uniqueClientAddress: more than ${PER_LOAD} in one worker`);
  const n = addressBase + addresses++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}
