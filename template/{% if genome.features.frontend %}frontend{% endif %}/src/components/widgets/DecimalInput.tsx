"use client";

import { Field } from "@/components/ui/Field";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A decimal as the API writes it: a string, exact ("12.50"). */
export function DecimalInput(
  props: WidgetProps<string> & { decimalPlaces?: number },
) {
  const { decimalPlaces, value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type="text"
        inputMode="decimal"
        placeholder={
          decimalPlaces ? `0.${"0".repeat(decimalPlaces)}` : undefined
        }
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
