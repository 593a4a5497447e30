import type { ComponentProps } from "react";
import { cx } from "./cx";
import { focusRing } from "./styles";

const VARIANTS = {
  primary: "bg-slate-900 text-white shadow-sm hover:bg-slate-800 disabled:bg-slate-400",
  secondary:
    "border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50 disabled:text-slate-400",
  ghost: "text-slate-700 hover:bg-slate-100 disabled:text-slate-400",
  // What cannot be undone (cancel a meeting, disable a user, delete a configuration) reads as such.
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800 disabled:bg-red-300",
  /** The button that opens a destructive step's confirmation: quieter than `danger`, still red. */
  dangerOutline:
    "border border-red-300 bg-white text-red-800 shadow-sm hover:bg-red-50 disabled:border-slate-200 disabled:text-slate-400",
} as const;

const SIZES = { md: "px-4 py-2 text-sm", sm: "px-2.5 py-1.5 text-xs" } as const;

interface ButtonProps extends ComponentProps<"button"> {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
}

/** Defaults to type="button": inside a form, only the submit button may submit. */
export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        // 44 px tall on a phone, where a finger presses it; the compact sizes from sm up.
        "inline-flex min-h-11 items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed sm:min-h-0",
        focusRing,
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...rest}
    />
  );
}
