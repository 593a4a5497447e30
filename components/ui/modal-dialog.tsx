"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: showModal() makes the rest of the page inert (focus stays inside), Escape
 * closes it, and focus returns to the control that opened it. `open` is the source of truth; a close by
 * Escape is reported through onClose.
 */
export function ModalDialog({ open, title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-6 text-left shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="space-y-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
