/**
 * The typed client of the project's API (openapi-fetch over the types that
 * openapi-typescript makes from the project's OpenAPI schema).
 *
 * Same origin, cookies only: each unsafe request carries X-CSRFToken, each request
 * the tab's X-Workspace; a 401 renews the session once (single flight) and retries
 * the request once, else the tab goes to the sign-in page.
 */
import createClient, { type Middleware } from "openapi-fetch";

import type { paths } from "@/generated/api/schema";

import { ApiError, apiErrorFrom } from "./errors";
import { addApiHeaders } from "./headers";
import { redirectToSignIn } from "./navigation";
import { refreshSession, refreshes, sessionGeneration } from "./refresh";

/** A copy of each request in flight that may be retried, and when it was sent. */
const sent = new Map<string, { retry: Request; generation: number }>();

export const sessionMiddleware: Middleware = {
  async onRequest({ request, schemaPath, id }) {
    await addApiHeaders(request.headers, request.method);
    if (refreshes(schemaPath)) {
      sent.set(id, { retry: request.clone(), generation: sessionGeneration() });
    }
    return request;
  },
  async onResponse({ response, id }) {
    const request = sent.get(id);
    sent.delete(id);
    if (response.status !== 401 || !request) return undefined;
    if (!(await refreshSession(request.generation))) {
      redirectToSignIn();
      return undefined;
    }
    await addApiHeaders(request.retry.headers, request.retry.method);
    return fetch(request.retry);
  },
  onError({ id }) {
    sent.delete(id);
    return undefined;
  },
};

export const client = createClient<paths>({
  baseUrl: "",
  credentials: "same-origin",
  // Looked up at each call, not once at import.
  fetch: (request) => fetch(request),
});
client.use(sessionMiddleware);

/** The data of an answer, or its ApiError. */
export async function unwrap<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await request;
  if (response.ok) return data as T;
  throw apiErrorFrom(response.status, response.statusText, error);
}

/** Is it the API refusing because no one is signed in? */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
