import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * A table wider than a phone scrolls inside this box instead of panning the page. The box takes focus
 * so the arrow keys scroll it too (axe: scrollable-region-focusable), and is named after the table,
 * usually with the words of the heading above it. A group, not a region: it sits inside the section
 * that is already the landmark. `relative` keeps a cell's absolutely placed text (sr-only) inside the
 * box; otherwise it is placed against the page and widens it after all.
 */
export function ScrollBox({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      tabIndex={0}
      className={cx(
        "relative max-w-full overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:ring-inset",
        className,
      )}
    >
      {children}
    </div>
  );
}
