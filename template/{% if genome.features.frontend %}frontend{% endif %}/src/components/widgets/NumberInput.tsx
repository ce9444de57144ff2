"use client";

import { Field } from "@/components/ui/Field";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** integer, big_integer and float; the value is the input's text. */
export function NumberInput(
  props: WidgetProps<string> & {
    integer?: boolean;
    min?: number;
    max?: number;
  },
) {
  const { integer = true, min, max, value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type="number"
        inputMode={integer ? "numeric" : "decimal"}
        step={integer ? 1 : "any"}
        min={min}
        max={max}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
