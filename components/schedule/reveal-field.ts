/**
 * Opens every collapsed section around `el`, then focuses it: a control inside a closed <details> is not
 * rendered, so it cannot take focus until its section is open.
 */
export function revealAndFocus(el: HTMLElement): void {
  for (let d = el.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
  el.focus();
}

/** The first control marked invalid, in the order the form shows them. */
export const firstInvalidIn = (root: HTMLElement | null) =>
  root?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
