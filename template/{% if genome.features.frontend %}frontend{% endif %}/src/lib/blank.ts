/** A value a form holds for "nothing": "", null, undefined or an empty list. */
export function isBlank(value: unknown): boolean {
  return (
    value === "" ||
    value === null ||
    value === undefined ||
    (Array.isArray(value) && value.length === 0)
  );
}
