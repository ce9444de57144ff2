import { readCookie } from "./cookies";

const COOKIE = "csrftoken";
const ENDPOINT = "/api/v1/auth/csrf/";

let pending: Promise<string> | null = null;

async function fetchToken(): Promise<string> {
  const response = await fetch(ENDPOINT, { credentials: "same-origin" });
  const body: unknown = await response.json();
  const token =
    typeof body === "object" && body !== null && "csrf_token" in body
      ? body.csrf_token
      : null;
  return readCookie(COOKIE) ?? (typeof token === "string" ? token : "");
}

/**
 * The CSRF token for an unsafe request: the cookie as it is now (it rotates at
 * sign-in, so it is read each time), else one GET /auth/csrf/ to get it set.
 */
export function csrfToken(): Promise<string> {
  const cookie = readCookie(COOKIE);
  if (cookie) return Promise.resolve(cookie);
  pending ??= fetchToken().finally(() => {
    pending = null;
  });
  return pending;
}
