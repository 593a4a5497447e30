import type { ComponentProps } from "react";

interface SwitchProps extends Omit<ComponentProps<"input">, "type" | "role"> {
  id: string;
  label: string;
  description?: string;
}

/**
 * A native checkbox announced as a switch: Space toggles it and forms read it as a boolean. The knob is a
 * sibling that ignores the pointer, so clicks land on the input itself.
 */
export function Switch({ id, label, description, ...input }: SwitchProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="text-xs text-slate-500">
            {description}
          </p>
        ) : null}
      </div>
      <span className="relative inline-flex shrink-0">
        <input
          type="checkbox"
          role="switch"
          id={id}
          aria-describedby={descriptionId}
          className="peer h-6 w-11 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors checked:bg-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:ring-offset-2"
          {...input}
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-0.5 left-0.5 h-5 w-5 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5"
        />
      </span>
    </div>
  );
}
