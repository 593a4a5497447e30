/** Joins class names, skipping falsy ones, so conditional Tailwind classes read as plain expressions. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
