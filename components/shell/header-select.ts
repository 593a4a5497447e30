/**
 * The header's pickers (language, colour scheme): a full-width 44 px touch target in the phone menu,
 * the compact desktop size from lg up.
 */
export const headerPickerLabel =
  "flex items-center justify-between gap-2 text-sm text-slate-600 lg:justify-start lg:gap-1.5 lg:text-xs";

export const headerPickerSelect =
  "min-h-11 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 lg:min-h-0 lg:px-1.5 lg:text-xs";
