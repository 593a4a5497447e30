// C0 and C1 controls (tab, line feed, carriage return, NUL, DEL, …) and the Unicode line and paragraph
// separators: none is ever part of an ID on purpose, and each can split a line of a log, a CSV or an .ics.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;

const NAMES: Record<string, string> = {
  "\t": "a tab",
  "\n": "a line break",
  "\r": "a carriage return",
  "\u2028": "a line separator",
  "\u2029": "a paragraph separator",
};

export function firstControlCharacter(value: string): string | undefined {
  return CONTROL.exec(value)?.[0];
}

/** "a line break (U+000A)": what a person can look for in what they pasted. */
export function describeControlCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${NAMES[ch] ?? "a control character"} (${code})`;
}

/** The value as it can be quoted inside a one-line message: each control character shown as �. */
export const printable = (value: string) => value.replace(CONTROLS, "\uFFFD");
