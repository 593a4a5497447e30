"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { ModalDialog } from "./modal-dialog";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Red for what locks someone out; the default for what only changes what they may do. */
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" before a change to someone else's access; the safe choice has the focus first. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, cancelLabel, danger, onConfirm, onClose } = props;
  return (
    <ModalDialog open={open} title={title} onClose={onClose}>
      <div className="text-sm text-slate-600">{children}</div>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onClose} autoFocus>
          {cancelLabel}
        </Button>
        <Button
          className={danger ? "bg-red-700 hover:bg-red-800" : undefined}
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
