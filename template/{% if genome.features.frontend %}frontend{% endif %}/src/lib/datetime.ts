/**
 * A datetime-local input's value ("2025-03-01T14:30") and the API's ISO 8601 with
 * an offset ("2025-03-01T14:30:00+01:00"), in the browser's time zone.
 */

const two = (n: number) => String(Math.abs(n)).padStart(2, "0");

/** An ISO datetime as the browser's local "YYYY-MM-DDTHH:MM[:SS]"; "" when unreadable. */
export function isoToLocal(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return "";
  const seconds = date.getSeconds() ? `:${two(date.getSeconds())}` : "";
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}${seconds}`;
}

/** A local "YYYY-MM-DDTHH:MM[:SS]" as ISO 8601 with the local offset; "" when unreadable. */
export function localToIso(local: string): string {
  const date = new Date(local);
  if (!local || Number.isNaN(date.getTime())) return "";
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}${sign}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`;
}
