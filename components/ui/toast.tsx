"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
} from "react";
import { toastTimers } from "./toast-timers";

/** Long enough to read a short sentence twice; the words are also announced by the live region. */
const SHOWN_FOR_MS = 5000;
const AT_MOST = 3;

type Show = (message: string) => void;

const ToastContext = createContext<Show | null>(null);

/**
 * Brief confirmations (scheduled, saved, cancelled, copied) in one polite live region that is always in
 * the page, so screen readers announce what is added to it; each disappears on its own, but not while the
 * pointer rests on the list or focus is inside it (WCAG 2.2.1: whoever reads slowly can keep it).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<{ id: number; message: string }[]>([]);
  const nextId = useRef(0);
  const [timers] = useState(() =>
    toastTimers(SHOWN_FOR_MS, (id) => setToasts((list) => list.filter((t) => t.id !== id))),
  );
  useEffect(() => () => timers.dispose(), [timers]);

  const show = useCallback<Show>(
    (message) => {
      const id = ++nextId.current;
      setToasts((list) => [...list.slice(1 - AT_MOST), { id, message }]);
      timers.start(id);
    },
    [timers],
  );
  const focusLeft = (e: FocusEvent<HTMLElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) timers.release("focus");
  };

  return (
    <ToastContext value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        // On the list, not on each toast: a toast taken away under the pointer (a fourth one came) sends
        // no leave of its own, while the list still hears the pointer go.
        onPointerEnter={() => timers.hold("pointer")}
        onPointerLeave={() => timers.release("pointer")}
        onFocus={() => timers.hold("focus")}
        onBlur={focusLeft}
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((toast) => (
          <p
            key={toast.id}
            data-testid="toast"
            // Reachable with Tab, so a keyboard user can hold it as a pointer resting on it does.
            tabIndex={0}
            className="pointer-events-auto max-w-md rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-400"
          >
            {toast.message}
          </p>
        ))}
      </div>
    </ToastContext>
  );
}

const nowhere: Show = () => {};

/** Shows a toast; outside the dashboard (no provider) it does nothing, and callers say it some other way. */
export const useToast = (): Show => useContext(ToastContext) ?? nowhere;

/** Whether a toast provider is above: a control that has its own inline note can leave it out then. */
export const useHasToasts = (): boolean => useContext(ToastContext) !== null;
