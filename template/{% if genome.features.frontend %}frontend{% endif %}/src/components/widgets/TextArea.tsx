"use client";

import { Field } from "@/components/ui/Field";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A long text. */
export function TextArea(props: WidgetProps<string> & { maxLength?: number }) {
  const { maxLength, value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <textarea
        {...widgetControl(props)}
        rows={5}
        value={value}
        maxLength={maxLength}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
