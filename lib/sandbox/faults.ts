import { isObject } from "./field-checks";
import { FAULT_KINDS, type FaultSpec } from "./types";

/**
 * Injected faults, consumed in FIFO order by the next calls they match. A fault is taken when the call
 * arrives, before any check: gateway errors and hangs happen in front of Tencent's auth too.
 */
export function createFaultQueue() {
  let pending: { spec: FaultSpec; left: number }[] = [];

  const matches = (spec: FaultSpec, service: string, command: string) =>
    spec.command === undefined || spec.command === command || spec.command === `${service}/${command}`;

  return {
    add(spec: FaultSpec): void {
      pending.push({ spec: { ...spec }, left: spec.times ?? 1 });
    },
    take(service: string, command: string): FaultSpec | null {
      const entry = pending.find((p) => matches(p.spec, service, command));
      if (!entry) return null;
      entry.left -= 1;
      if (entry.left <= 0) pending = pending.filter((p) => p !== entry);
      return entry.spec;
    },
    list: (): FaultSpec[] => pending.map((p) => ({ ...p.spec, times: p.left })),
    clear(): void {
      pending = [];
    },
  };
}

export type FaultQueue = ReturnType<typeof createFaultQueue>;

/** Checks a FaultSpec from outside (HTTP control endpoint or a caller's typo); returns a problem or the spec. */
export function parseFaultSpec(v: unknown): FaultSpec | string {
  if (!isObject(v)) return "fault must be a JSON object";
  const { kind, command, times, ms } = v;
  if (typeof kind !== "string" || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    return `kind must be one of ${FAULT_KINDS.join(", ")}`;
  }
  if (command !== undefined && (typeof command !== "string" || command === ""))
    return "command must be a string";
  if (times !== undefined && (typeof times !== "number" || !Number.isInteger(times) || times < 1)) {
    return "times must be a positive integer";
  }
  if (kind === "latency" && (typeof ms !== "number" || !(ms >= 0 && ms <= 600_000))) {
    return "latency needs ms between 0 and 600000";
  }
  return v as FaultSpec;
}
