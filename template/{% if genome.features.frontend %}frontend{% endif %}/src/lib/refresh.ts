import { addApiHeaders } from "./headers";

const REFRESH = "/api/v1/auth/refresh/";

/** Paths whose 401 means bad credentials, not an expired session: no refresh. */
const NO_REFRESH = new Set([
  "/api/v1/auth/login/",
  REFRESH,
  "/api/v1/auth/token/",
  "/api/v1/auth/logout/",
  "/api/v1/auth/register/",
  "/api/v1/auth/password/reset/",
  "/api/v1/auth/password/reset/confirm/",
]);

export function refreshes(path: string): boolean {
  return !NO_REFRESH.has(path);
}

/** Counts the successful refreshes: a request sent before one needs none. */
let generation = 0;
let pending: Promise<boolean> | null = null;

export function sessionGeneration(): number {
  return generation;
}

async function postRefresh(): Promise<boolean> {
  const headers = new Headers();
  await addApiHeaders(headers, "POST");
  const response = await fetch(REFRESH, {
    method: "POST",
    credentials: "same-origin",
    headers,
  });
  if (response.ok) generation += 1;
  return response.ok;
}

/**
 * Renew the access cookie after a 401 of a request sent at `sentAt` (its
 * generation). Single flight: concurrent callers share one POST /auth/refresh/,
 * and a request sent before a refresh that has since succeeded just retries.
 */
export function refreshSession(sentAt: number): Promise<boolean> {
  if (sentAt < generation) return Promise.resolve(true);
  pending ??= postRefresh().finally(() => {
    pending = null;
  });
  return pending;
}
