"use client";

import { Field } from "@/components/ui/Field";
import { formatDuration, parseDuration } from "@/lib/duration";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A duration as the API writes it, "[DD] HH:MM:SS"; tidied when the input is left. */
export function DurationInput(props: WidgetProps<string>) {
  const { value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type="text"
        inputMode="numeric"
        placeholder="[DD] HH:MM:SS"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          const seconds = parseDuration(value);
          if (seconds !== null) onChange(formatDuration(seconds));
        }}
      />
    </Field>
  );
}
