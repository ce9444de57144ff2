"use client";

import { Field } from "@/components/ui/Field";
import type { Ref } from "@/lib/entity";

import { Combobox } from "./Combobox";
import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** One related row, found by searching its display. */
export function RelationPicker(
  props: WidgetProps<Ref | null> & {
    search: (term: string) => Promise<Ref[]>;
  },
) {
  const { search, required, value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <Combobox
        selected={value?.display ?? ""}
        search={search}
        onSelect={onChange}
        onClear={required ? undefined : () => onChange(null)}
        inputProps={{ ...widgetControl(props), disabled }}
      />
    </Field>
  );
}
