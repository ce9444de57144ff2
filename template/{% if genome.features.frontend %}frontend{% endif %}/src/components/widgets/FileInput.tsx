"use client";

import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { fileName, formatBytes } from "@/lib/format";

import styles from "./Widgets.module.css";
import { fieldProps, widgetControl, type WidgetProps } from "./control";

export type FileValue = File | string | null;

/**
 * A file or image: the stored one as a link, a new one to upload with the row,
 * and the upload's progress (0..1) while the form sends it.
 */
export function FileInput(
  props: WidgetProps<FileValue> & { image?: boolean; progress?: number | null },
) {
  const { id, label, image, progress, required, value, onChange, disabled } =
    props;
  return (
    <Field {...fieldProps(props)}>
      {typeof value === "string" ? (
        <p className={styles.current}>
          <a href={value} target="_blank" rel="noreferrer">
            {fileName(value)}
          </a>
        </p>
      ) : null}
      {value instanceof File ? (
        <p className={styles.current}>
          {value.name} ({formatBytes(value.size)})
        </p>
      ) : null}
      <input
        {...widgetControl(props)}
        type="file"
        accept={image ? "image/*" : undefined}
        required={required && value === null}
        disabled={disabled}
        onChange={(event) => onChange(event.target.files?.[0] ?? value)}
      />
      {value !== null && !required ? (
        <Button disabled={disabled} onClick={() => onChange(null)}>
          Remove {label.toLowerCase()}
        </Button>
      ) : null}
      {progress !== null && progress !== undefined ? (
        <progress
          id={`${id}-progress`}
          aria-label={`Uploading ${label.toLowerCase()}`}
          max={1}
          value={progress}
        />
      ) : null}
    </Field>
  );
}
