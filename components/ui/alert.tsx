import type { ReactNode } from "react";
import { cx } from "./cx";

const TONES = {
  error: "border-red-200 bg-red-50 text-red-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
} as const;

interface AlertProps {
  tone: keyof typeof TONES;
  title?: string;
  /** "alert" interrupts (failures); "status" waits its turn (warnings). */
  role?: "alert" | "status";
  className?: string;
  children?: ReactNode;
}

export function Alert({ tone, title, role = "alert", className, children }: AlertProps) {
  return (
    <div role={role} className={cx("rounded-lg border px-4 py-3 text-sm", TONES[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cx(title && "mt-1")}>{children}</div> : null}
    </div>
  );
}
