/** Values for people: dates and times, codes, sizes and file names. */
const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

/** An API timestamp for people, in their locale and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A stored file's name, from its URL: ".../report%202.pdf?x=1" -> "report 2.pdf". */
export function fileName(url: string): string {
  return decodeURIComponent(url.split("?")[0]?.split("/").pop() || url);
}

/** "in_progress" -> "In progress": a code (a role, an action) for people. */
export function humanize(code: string): string {
  const words = code.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Sizes for people: 5242880 -> "5 MB". */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${Number(size.toFixed(1))} ${units[unit]}`;
}
