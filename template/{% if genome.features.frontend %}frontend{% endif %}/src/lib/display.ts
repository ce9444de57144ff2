/** A row and its values as text for people, by each field's kind. */
import { isBlank } from "./blank";
import { formatDuration, parseDuration } from "./duration";
import { isRef, type AnyRow, type EntityMeta, type FieldMeta } from "./entity";
import { formatDateTime } from "./format";

/** How an empty value shows. */
export const NONE = "—";

const refText = (value: unknown): string =>
  isRef(value) ? value.display : String(value);

export function displayValue(field: FieldMeta, value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  switch (field.kind) {
    case "boolean":
      return value ? "Yes" : "No";
    case "choice":
      return (
        field.choices?.find((c) => c.value === value)?.label ?? String(value)
      );
    case "datetime":
      return formatDateTime(String(value));
    case "duration": {
      const seconds = parseDuration(String(value));
      return seconds === null ? String(value) : formatDuration(seconds);
    }
    case "list":
      return Array.isArray(value) && value.length
        ? value.map(String).join(", ")
        : NONE;
    case "json":
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** How a row shows in lists, headings and pickers: its display field, else "Task 12". */
export function rowDisplay(meta: EntityMeta, row: AnyRow): string {
  const value = meta.display === "id" ? null : row[meta.display];
  return isBlank(value) ? `${meta.label} ${row.id}` : String(value);
}

/** A relation's value, `{id, display}` or a list of those, as text. */
export function displayRelation(value: unknown): string {
  if (Array.isArray(value))
    return value.length ? value.map(refText).join(", ") : NONE;
  return value === null || value === undefined ? NONE : refText(value);
}
