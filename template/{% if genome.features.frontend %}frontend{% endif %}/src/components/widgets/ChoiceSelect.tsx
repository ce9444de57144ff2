"use client";

import { Field } from "@/components/ui/Field";
import type { Choice } from "@/lib/entity";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/**
 * One of the genome's choices. With `current` (the row's value on an update) and
 * `transitions`, only the current value and its allowed next values are offered.
 */
export function ChoiceSelect(
  props: WidgetProps<string> & {
    choices: Choice[];
    transitions?: Record<string, string[]>;
    current?: string;
  },
) {
  const { choices, transitions, current, required, value, onChange, disabled } =
    props;
  const offered =
    transitions && current
      ? choices.filter(
          (c) =>
            c.value === current ||
            (transitions[current] ?? []).includes(c.value),
        )
      : choices;
  // A blank to choose unless the field is required or moves by transitions.
  const blank = value === "" || !(required || (transitions && current));
  return (
    <Field {...fieldProps(props)}>
      <select
        {...widgetControl(props)}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {blank ? <option value="">—</option> : null}
        {offered.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
