/** Shared control styles: one focus ring and one invalid state for every input. */
export const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus:outline-none focus-visible:border-slate-900 focus-visible:ring-2 " +
  "focus-visible:ring-slate-900/20 aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus-visible:ring-red-500/25 " +
  "disabled:cursor-not-allowed disabled:bg-slate-100";

export const focusRing =
  "focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:ring-offset-2 focus-visible:ring-offset-white";
