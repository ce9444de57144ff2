/** A page's query, as Next.js gives it to a server page. */
export type SearchParams = Promise<
  Record<string, string | string[] | undefined>
>;

/** One query parameter's first value, or "". */
export function param(
  query: Record<string, string | string[] | undefined>,
  name: string,
): string {
  const value = query[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
