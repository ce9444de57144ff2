/** Where a signed-out visitor goes, and where they come back to. */

export const SIGN_IN = "/sign-in";

/** `next` if it is a path of this site, else the dashboard: no open redirect. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return "/";
  if (next.startsWith("/\\")) return "/";
  return next;
}

/** The sign-in page, coming back to `next` afterwards. */
export function signInPath(next: string): string {
  return `${SIGN_IN}?next=${encodeURIComponent(next)}`;
}

/** Leave for the sign-in page, coming back to the page the tab shows now. */
export function redirectToSignIn(): void {
  const { pathname, search } = window.location;
  if (pathname === SIGN_IN) return;
  window.location.assign(signInPath(pathname + search));
}
