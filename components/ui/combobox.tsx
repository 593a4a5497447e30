"use client";

import { useT } from "@/lib/i18n/use-t";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { cx } from "./cx";
import { controlClass } from "./styles";

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second, quieter line: why a search found this option ("Osaka"). */
  description?: string;
}

interface ComboboxProps {
  id: string;
  /** Names the list for screen readers, e.g. "Time zones". */
  listLabel: string;
  value: string;
  /** Called with the chosen option's value. */
  onChange(value: string): void;
  onBlur?(): void;
  /** Only read while the list is open, so expensive labels are built on demand. */
  getOptions(): ComboboxOption[];
  /** Replaces the built-in substring filter with the caller's own matching and ranking. */
  search?(query: string): ComboboxOption[];
  /** Read to screen readers while typing, e.g. "3 zones found". */
  resultsLabel?(count: number): string;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

// "new york" finds America/New_York: IANA names spell spaces as "_".
const normalize = (s: string) => s.toLowerCase().replaceAll("_", " ");

/**
 * The ARIA 1.2 "select-only with list autocomplete" combobox: typing filters, arrows move the active option
 * (aria-activedescendant, focus stays in the input), Enter picks, Escape restores. Leaving the field keeps the
 * typed text only when it names an option exactly, so the value is always one of the options.
 */
export function Combobox({
  id,
  listLabel,
  value,
  onChange,
  onBlur,
  getOptions,
  search,
  resultsLabel,
  inputRef,
  ...rest
}: ComboboxProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const options = useMemo(() => (open ? getOptions() : []), [open, getOptions]);
  const filtered = useMemo(
    () =>
      !query || !open
        ? options
        : search
          ? search(query)
          : options.filter((o) => normalize(o.label).includes(normalize(query))),
    [options, query, open, search],
  );
  const activeOption = open ? filtered[active] : undefined;

  useEffect(() => {
    const list = listRef.current;
    const option = activeOption ? document.getElementById(`${id}-option-${active}`) : null;
    // Scroll the list only: scrollIntoView would also scroll the page and slide another option under the pointer.
    if (list && option) {
      if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
      const bottom = option.offsetTop + option.offsetHeight;
      if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    }
  }, [activeOption, active, id]);

  function openAt(index?: number) {
    const all = getOptions();
    setOpen(true);
    setActive(
      index ??
        Math.max(
          0,
          all.findIndex((o) => o.value === value),
        ),
    );
  }

  function choose(option: ComboboxOption | undefined) {
    if (option) onChange(option.value);
    setOpen(false);
    setQuery(null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openAt();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(filtered.length - 1, 0)));
    } else if (e.key === "Enter" && open) {
      // Picking an option must not submit the surrounding form.
      e.preventDefault();
      choose(activeOption);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      choose(undefined);
    }
  }

  function onInputBlur() {
    if (query !== null) {
      choose(options.find((o) => o.value.toLowerCase() === query.trim().toLowerCase()));
    } else setOpen(false);
    onBlur?.();
  }

  return (
    <div className="relative">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        className={cx(controlClass, "pr-9")}
        value={query ?? value}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => (open ? setOpen(false) : openAt())}
        onKeyDown={onKeyDown}
        onBlur={onInputBlur}
        {...rest}
      />
      <span
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-slate-400"
      >
        ▾
      </span>
      <ul
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={listLabel}
        hidden={!open || filtered.length === 0}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {filtered.map((option, i) => (
          <li
            key={option.value}
            id={optionId(i)}
            role="option"
            aria-selected={option.value === value}
            // The label alone names the option; the quieter line is its description.
            aria-label={option.description ? option.label : undefined}
            aria-describedby={option.description ? `${optionId(i)}-why` : undefined}
            className={cx(
              "cursor-pointer px-3 py-1.5",
              i === active ? "bg-slate-900 text-white" : "text-slate-800",
              option.value === value && i !== active && "font-semibold",
            )}
            // Keep focus in the input so its blur does not close the list before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => choose(option)}
          >
            {option.label}
            {option.description ? (
              <span
                id={`${optionId(i)}-why`}
                className={cx("block text-xs", i === active ? "text-slate-300" : "text-slate-500")}
              >
                {option.description}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {resultsLabel ? (
        <span role="status" className="sr-only">
          {open && query ? resultsLabel(filtered.length) : ""}
        </span>
      ) : null}
      {open && filtered.length === 0 ? (
        <p className="absolute z-20 mt-1 w-full rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-500 shadow-lg">
          {t("ui.noMatch", { query: query ?? "" })}
        </p>
      ) : null}
    </div>
  );
}
