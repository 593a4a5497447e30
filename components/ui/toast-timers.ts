/** What keeps toasts on screen: the pointer resting on one, or focus inside the list (WCAG 2.2.1). */
export type ToastHold = "pointer" | "focus";

export interface ToastTimers {
  /** Starts a new toast's time; while something holds the list, its time waits. */
  start(id: number): void;
  hold(reason: ToastHold): void;
  /** Once nothing holds the list, each toast gets back the time it had left. */
  release(reason: ToastHold): void;
  dispose(): void;
}

interface Running {
  leftMs: number;
  since: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * One clock for the whole list: a held list stops every toast, so none vanishes and moves the others
 * under the pointer or the reader's eye. Reads `Date.now` and `setTimeout`, which tests replace.
 */
export function toastTimers(shownForMs: number, expire: (id: number) => void): ToastTimers {
  const running = new Map<number, Running>();
  const holds = new Set<ToastHold>();

  const run = (id: number, r: Running) => {
    r.since = Date.now();
    r.timer = setTimeout(() => {
      running.delete(id);
      expire(id);
    }, r.leftMs);
  };
  const pause = (r: Running) => {
    if (r.timer === null) return;
    clearTimeout(r.timer);
    r.timer = null;
    r.leftMs = Math.max(0, r.leftMs - (Date.now() - r.since));
  };

  return {
    start(id) {
      const r: Running = { leftMs: shownForMs, since: 0, timer: null };
      running.set(id, r);
      if (holds.size === 0) run(id, r);
    },
    hold(reason) {
      holds.add(reason);
      running.forEach(pause);
    },
    release(reason) {
      if (!holds.delete(reason) || holds.size > 0) return;
      running.forEach((r, id) => r.timer === null && run(id, r));
    },
    dispose() {
      running.forEach(pause);
      running.clear();
    },
  };
}
