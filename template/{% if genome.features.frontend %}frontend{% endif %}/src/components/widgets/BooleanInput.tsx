"use client";

import { Field } from "@/components/ui/Field";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A yes/no as a checkbox. */
export function BooleanInput(props: WidgetProps<boolean>) {
  const { value, onChange, disabled } = props;
  return (
    <Field {...fieldProps({ ...props, required: false })}>
      <input
        {...widgetControl({ ...props, required: false })}
        type="checkbox"
        checked={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
    </Field>
  );
}
