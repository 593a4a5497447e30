import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { toastTimers } from "./toast-timers";

const SHOWN = 5000;

describe("toast timers", () => {
  let gone: number[];
  beforeEach(() => {
    vi.useFakeTimers();
    gone = [];
  });
  afterEach(() => vi.useRealTimers());
  const timers = () => toastTimers(SHOWN, (id) => gone.push(id));

  it("takes a toast away after five seconds when nothing holds it", () => {
    const t = timers();
    t.start(1);
    vi.advanceTimersByTime(SHOWN - 1);
    expect(gone).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(gone).toEqual([1]);
  });

  it("keeps every toast while the pointer rests on the list, then gives each the time it had left", () => {
    const t = timers();
    t.start(1);
    vi.advanceTimersByTime(3000);
    t.start(2);
    vi.advanceTimersByTime(1000);
    t.hold("pointer");
    vi.advanceTimersByTime(60_000);
    expect(gone).toEqual([]);
    t.release("pointer");
    vi.advanceTimersByTime(999);
    expect(gone).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(gone).toEqual([1]);
    vi.advanceTimersByTime(3000);
    expect(gone).toEqual([1, 2]);
  });

  it("keeps them while focus is inside, and only resumes once neither pointer nor focus holds them", () => {
    const t = timers();
    t.start(1);
    t.hold("focus");
    t.hold("pointer");
    vi.advanceTimersByTime(SHOWN * 2);
    t.release("pointer");
    vi.advanceTimersByTime(SHOWN * 2);
    expect(gone).toEqual([]);
    t.release("focus");
    vi.advanceTimersByTime(SHOWN);
    expect(gone).toEqual([1]);
  });

  it("gives a toast shown while the list is held its full time once released", () => {
    const t = timers();
    t.hold("pointer");
    t.start(7);
    vi.advanceTimersByTime(SHOWN * 3);
    t.release("pointer");
    vi.advanceTimersByTime(SHOWN - 1);
    expect(gone).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(gone).toEqual([7]);
  });

  it("a release without a hold changes nothing, and a disposed list takes nothing away later", () => {
    const t = timers();
    t.start(1);
    vi.advanceTimersByTime(2000);
    t.release("focus");
    vi.advanceTimersByTime(2999);
    expect(gone).toEqual([]);
    t.dispose();
    vi.advanceTimersByTime(SHOWN);
    expect(gone).toEqual([]);
  });
});
