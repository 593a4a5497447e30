"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ResetPasswordForm } from "./reset-password-form";
import { useT } from "@/lib/i18n/use-t";

interface Props {
  user: { id: string; email: string };
  disabled: boolean;
  onReset: () => void;
}

/** The new password is typed in a dialog of its own, away from the row's other buttons. */
export function ResetPasswordDialog({ user, disabled, onReset }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="secondary" disabled={disabled} onClick={() => setOpen(true)}>
        {t("userDialogs.resetPasswordOpen")}
      </Button>
      <ModalDialog
        open={open}
        title={t("userDialogs.resetPasswordTitle", { email: user.email })}
        onClose={() => setOpen(false)}
      >
        <ResetPasswordForm
          user={user}
          onCancel={() => setOpen(false)}
          onReset={() => {
            setOpen(false);
            onReset();
          }}
        />
      </ModalDialog>
    </>
  );
}
