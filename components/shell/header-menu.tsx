"use client";

import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";

/**
 * Below the lg breakpoint the header's links and controls fold behind one Menu button (a disclosure:
 * aria-expanded, aria-controls; Escape closes it and gives focus back to the button). From lg up the
 * same elements are laid out in the header itself (`lg:contents`), so there is one copy of each, for
 * sighted users, screen readers and the tests alike.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  // A followed link leaves for another page: the menu must not stay open over it.
  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest("a")) setOpen(false);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
        data-testid="header-menu-button"
        className={cx(
          "ml-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 lg:hidden",
          focusRing,
        )}
      >
        <MenuIcon open={open} />
        {label}
      </button>
      <div
        id={panelId}
        onKeyDown={closeOnEscape}
        onClick={closeOnLink}
        className={cx(open ? "flex" : "hidden", "w-full flex-col gap-3 pb-3 lg:contents")}
      >
        {children}
      </div>
    </>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor">
      {open ? (
        <path strokeWidth="2" strokeLinecap="round" d="M5 5l10 10M15 5L5 15" />
      ) : (
        <path strokeWidth="2" strokeLinecap="round" d="M3 5h14M3 10h14M3 15h14" />
      )}
    </svg>
  );
}
