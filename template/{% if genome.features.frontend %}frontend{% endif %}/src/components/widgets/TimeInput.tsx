"use client";

import { Field } from "@/components/ui/Field";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A time of day, "HH:MM[:SS]". */
export function TimeInput(props: WidgetProps<string>) {
  const { value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type="time"
        step={1}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
