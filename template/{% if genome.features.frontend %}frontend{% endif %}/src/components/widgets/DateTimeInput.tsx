"use client";

import { Field } from "@/components/ui/Field";
import { isoToLocal, localToIso } from "@/lib/datetime";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A moment: shown in local time, held as ISO 8601 with the local offset. */
export function DateTimeInput(props: WidgetProps<string>) {
  const { value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type="datetime-local"
        step={1}
        value={isoToLocal(value)}
        disabled={disabled}
        onChange={(event) => onChange(localToIso(event.target.value))}
      />
    </Field>
  );
}
