"use client";

import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import type { Ref } from "@/lib/entity";

import { Combobox } from "./Combobox";
import styles from "./Widgets.module.css";
import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** Many related rows (many_to_many): chosen ones as removable tags, a search to add. */
export function MultiRelationPicker(
  props: WidgetProps<Ref[]> & { search: (term: string) => Promise<Ref[]> },
) {
  const { label, search, value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <ul
        className={styles.tags}
        aria-label={`${label}, ${value.length} chosen`}
      >
        {value.map((ref) => (
          <li key={ref.id}>
            {ref.display}
            <Button
              aria-label={`Remove ${ref.display}`}
              disabled={disabled}
              onClick={() => onChange(value.filter((r) => r.id !== ref.id))}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <Combobox
        selected=""
        search={search}
        exclude={value.map((ref) => ref.id)}
        onSelect={(ref) => onChange([...value, ref])}
        inputProps={{
          ...widgetControl(props),
          required: props.required && value.length === 0,
          disabled,
          placeholder: "Search to add…",
        }}
      />
    </Field>
  );
}
