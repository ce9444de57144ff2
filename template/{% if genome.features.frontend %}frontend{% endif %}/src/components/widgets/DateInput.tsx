"use client";

import { Field } from "@/components/ui/Field";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A date, "YYYY-MM-DD" as the API writes it. */
export function DateInput(props: WidgetProps<string>) {
  const { value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type="date"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
