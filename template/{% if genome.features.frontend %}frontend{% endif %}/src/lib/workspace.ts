/**
 * The workspace this tab acts in, sent as X-Workspace with each of its requests.
 * Kept in memory and in sessionStorage (per tab, survives a reload); it holds the
 * workspace's id only, never a token.
 */
const KEY = "workspace";

let current: number | null = null;

export function tabWorkspace(): number | null {
  if (current === null) {
    const stored = Number(window.sessionStorage.getItem(KEY));
    current = Number.isInteger(stored) && stored > 0 ? stored : null;
  }
  return current;
}

export function setTabWorkspace(id: number | null): void {
  current = id;
  if (id === null) window.sessionStorage.removeItem(KEY);
  else window.sessionStorage.setItem(KEY, String(id));
}
