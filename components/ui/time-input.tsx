"use client";

import type { Ref } from "react";
import { normalizeTypedClock } from "@/lib/time/typed-clock";
import { controlClass } from "./styles";

interface TimeInputProps {
  id: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/**
 * A clock typed as text and shown as 24-hour "HH:MM", as the app writes times in every language.
 * `<input type="time">` shows 12 or 24 hours as the browser's locale decides ("09:00 AM" beside a preview
 * reading "09:00"). What people type ("9", "930", "9:30 pm") becomes "HH:MM" when they leave the field or
 * press Enter; anything else stays as typed for the schema to refuse.
 */
export function TimeInput({ value, onChange, onBlur, inputRef, ...rest }: TimeInputProps) {
  const settle = (text: string) => {
    const clock = normalizeTypedClock(text);
    if (clock !== null && clock !== text) onChange(clock);
  };
  return (
    <input
      {...rest}
      ref={inputRef}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`${controlClass} tabular-nums`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        settle(event.target.value);
        onBlur?.();
      }}
      // Enter submits the form before any blur, so the typed time is settled first.
      onKeyDown={(event) => {
        if (event.key === "Enter") settle(event.currentTarget.value);
      }}
    />
  );
}
