import { isObject } from "./field-checks";
import { parseFaultSpec } from "./faults";
import type { FaultMix, FaultSpec } from "./types";

/**
 * Faults drawn at random, one draw per matching call, for soaks that need a steady rate of failures
 * whatever the retry traffic does (a queued fault from /__sandbox/faults still comes first). The rates
 * are probabilities and sum to at most 1; the rest of the calls are answered normally.
 */
export function createFaultMix(random: () => number = Math.random) {
  let mix: FaultMix = { entries: [] };

  const matches = (command: string | undefined, service: string, name: string) =>
    command === undefined || command === name || command === `${service}/${name}`;

  return {
    set(next: FaultMix): void {
      mix = { ...next, entries: next.entries.map((e) => ({ ...e })) };
    },
    get: (): FaultMix => ({ ...mix, entries: mix.entries.map((e) => ({ ...e })) }),
    draw(service: string, command: string): FaultSpec | null {
      if (mix.entries.length === 0 || !matches(mix.command, service, command)) return null;
      const r = random();
      let upTo = 0;
      for (const { rate, ...fault } of mix.entries) {
        upTo += rate;
        if (r < upTo) return fault as FaultSpec;
      }
      return null;
    },
    clear(): void {
      mix = { entries: [] };
    },
  };
}

export type FaultMixer = ReturnType<typeof createFaultMix>;

/** Checks a mix from outside: `{ command?, entries: [{ kind, rate, ms? }, …] }`; a problem or the mix. */
export function parseFaultMix(v: unknown): FaultMix | string {
  if (!isObject(v) || !Array.isArray(v.entries)) return "fault mix must be { command?, entries: [...] }";
  if (v.command !== undefined && (typeof v.command !== "string" || v.command === ""))
    return "command must be a string";
  let total = 0;
  const entries: FaultMix["entries"] = [];
  for (const [i, entry] of v.entries.entries()) {
    if (!isObject(entry)) return `entries.${i} must be an object`;
    const { rate, ...fault } = entry;
    if (typeof rate !== "number" || !(rate >= 0 && rate <= 1))
      return `entries.${i}.rate must be between 0 and 1`;
    if (fault.times !== undefined || fault.command !== undefined)
      return `entries.${i} takes kind, rate and ms only`;
    const spec = parseFaultSpec(fault);
    if (typeof spec === "string") return `entries.${i}: ${spec}`;
    total += rate;
    entries.push({ ...spec, rate });
  }
  if (total > 1 + 1e-9) return "the rates add up to more than 1";
  return { ...(v.command === undefined ? {} : { command: v.command as string }), entries };
}
