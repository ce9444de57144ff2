"use client";

import { Field } from "@/components/ui/Field";

import styles from "./Widgets.module.css";
import { fieldProps, widgetControl, type WidgetProps } from "./control";

function parseError(text: string): string | null {
  if (!text.trim()) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `Enter valid JSON: ${error instanceof Error ? error.message : ""}`;
  }
}

/** JSON as its text; a parse error shows while typing. */
export function JsonInput(props: WidgetProps<string>) {
  const { value, onChange, disabled } = props;
  const problem = parseError(value);
  const errors = problem ? [problem] : props.errors;
  return (
    <Field {...fieldProps({ ...props, errors })}>
      <textarea
        {...widgetControl({ ...props, errors })}
        rows={6}
        spellCheck={false}
        className={styles.json}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
