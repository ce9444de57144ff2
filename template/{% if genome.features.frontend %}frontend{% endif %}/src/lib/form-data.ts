/** A text input's value from a submitted form: "" when absent. */
export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}
