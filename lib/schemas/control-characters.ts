// C0 and C1 controls (tab, line feed, carriage return, NUL, DEL, …) and the Unicode line and paragraph
// separators: none is ever part of an ID on purpose, and each can split a line of a log, a CSV or an .ics.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;

/** Keys of the catalog's "controlCharacter" namespace. */
const NAMES: Record<string, string> = {
  "\t": "tab",
  "\n": "lineBreak",
  "\r": "carriageReturn",
  "\u2028": "lineSeparator",
  "\u2029": "paragraphSeparator",
};

export function firstControlCharacter(value: string): string | undefined {
  return CONTROL.exec(value)?.[0];
}

/** "U+000A" and the catalog key of its name ("a line break"): what a person can look for in what they pasted. */
export const controlCharacterCode = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
export const controlCharacterName = (ch: string) => NAMES[ch] ?? "other";

/** The value as it can be quoted inside a one-line message: each control character shown as �. */
export const printable = (value: string) => value.replace(CONTROLS, "\uFFFD");
