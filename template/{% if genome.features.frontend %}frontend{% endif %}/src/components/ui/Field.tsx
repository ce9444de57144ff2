import type { ReactNode } from "react";

import styles from "./Field.module.css";

/**
 * The attributes that tie a control to its Field: the id its label points at,
 * aria-invalid, and aria-describedby naming its help and its error.
 */
export function controlProps(
  id: string,
  errors?: readonly string[],
  help?: string,
) {
  const invalid = Boolean(errors?.length);
  const describedBy = [help ? `${id}-help` : "", invalid ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy || undefined,
  };
}

export interface FieldProps {
  /** The control's id: give the control `{...controlProps(id, errors, help)}`. */
  id: string;
  label: ReactNode;
  help?: string;
  /** The field's messages, as the API lists them; none when valid. */
  errors?: readonly string[];
  required?: boolean;
  children: ReactNode;
}

/** A label, a control, its help and its errors. */
export function Field({
  id,
  label,
  help,
  errors = [],
  required,
  children,
}: FieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {required ? (
          <span className={styles.required} aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children}
      {help ? (
        <p id={`${id}-help`} className={styles.help}>
          {help}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`${id}-error`} className={styles.error}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
