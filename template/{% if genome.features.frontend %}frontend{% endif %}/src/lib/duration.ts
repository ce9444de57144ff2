/**
 * Durations as the API writes them: "[DD ]HH:MM:SS[.uuuuuu]" (Django's
 * duration_string), to and from a count of seconds.
 */

const DURATION = /^(?:(\d+) )?(\d+):([0-5]\d):([0-5]\d)(?:\.(\d{1,6}))?$/;

export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  const [, days = "0", hours = "0", minutes = "0", seconds = "0", micro = ""] =
    match;
  return (
    Number(days) * 86400 +
    Number(hours) * 3600 +
    Number(minutes) * 60 +
    Number(seconds) +
    Number(`0.${micro || "0"}`)
  );
}

const two = (n: number) => String(n).padStart(2, "0");

export function formatDuration(total: number): string {
  const whole = Math.floor(total);
  const days = Math.floor(whole / 86400);
  const rest = whole - days * 86400;
  const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
  return days ? `${days} ${clock}` : clock;
}
