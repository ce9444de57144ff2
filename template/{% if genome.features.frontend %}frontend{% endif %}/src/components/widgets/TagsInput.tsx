"use client";

import { useState } from "react";

import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";

import styles from "./Widgets.module.css";
import { fieldProps, widgetControl, type WidgetProps } from "./control";

/** A list as tags: Enter (or a comma) adds the typed item, each tag can go. */
export function TagsInput(
  props: WidgetProps<unknown[]> & { numeric?: boolean; maxItems?: number },
) {
  const { id, label, numeric, maxItems, value, onChange, disabled } = props;
  const [draft, setDraft] = useState("");
  const full = maxItems !== undefined && value.length >= maxItems;
  const countId = `${id}-count`;
  const aria = widgetControl(props);

  const add = () => {
    const text = draft.trim();
    if (!text || full) return;
    onChange([...value, numeric ? Number(text) : text]);
    setDraft("");
  };

  return (
    <Field {...fieldProps(props)}>
      <ul
        className={styles.tags}
        aria-label={`${label}, ${value.length} items`}
      >
        {value.map((item, index) => (
          <li key={`${index}-${String(item)}`}>
            {String(item)}
            <Button
              aria-label={`Remove ${String(item)}`}
              disabled={disabled}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <input
        {...aria}
        aria-describedby={
          [aria["aria-describedby"], maxItems !== undefined ? countId : ""]
            .filter(Boolean)
            .join(" ") || undefined
        }
        required={props.required && value.length === 0}
        type={numeric ? "number" : "text"}
        value={draft}
        disabled={disabled || full}
        onChange={(event) => setDraft(event.target.value.replace(",", ""))}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === ",") {
            event.preventDefault();
            add();
          }
        }}
      />
      <Button disabled={disabled || full || !draft.trim()} onClick={add}>
        Add
      </Button>
      {maxItems !== undefined ? (
        <p id={countId} className={styles.count}>
          {value.length} of {maxItems} items
        </p>
      ) : null}
    </Field>
  );
}
