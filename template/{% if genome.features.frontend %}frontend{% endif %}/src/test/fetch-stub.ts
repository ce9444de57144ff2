/**
 * Test helpers: a browser-like Request (relative URLs resolve against the page,
 * as in a browser; Node's Request refuses them) and a stubbed fetch that records
 * each request. Import this module before "@/lib/api".
 */
import { vi } from "vitest";

const NodeRequest = globalThis.Request;

class BrowserRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(
      typeof input === "string" ? new URL(input, window.location.href) : input,
      init,
    );
  }
}

globalThis.Request = BrowserRequest;

export interface Sent {
  method: string;
  /** The path and the query: "/api/v1/tasks/?page_size=1". */
  url: string;
  headers: Headers;
  body: string;
}

export type Handler = (request: Sent) => Response | Promise<Response>;

export function json(status: number, body?: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

/** Stub fetch with `handler`; `sent` lists the requests in the order made. */
export function stubFetch(handler: Handler) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const entry: Sent = {
      method: request.method,
      url: url.pathname + url.search,
      headers: request.headers,
      body: await request.text(),
    };
    sent.push(entry);
    return handler(entry);
  });
  vi.stubGlobal("fetch", fetch);
  return { sent, fetch };
}

export function setCookie(name: string, value: string | null): void {
  document.cookie =
    value === null
      ? `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
      : `${name}=${value}; path=/`;
}

export const profile = {
  id: 1,
  email: "ada@example.com",
  first_name: "Ada",
  last_name: "Lovelace",
  active_workspace: { id: 1, name: "Acme" },
  memberships: [
    { workspace: { id: 1, name: "Acme" }, role: "owner" },
    { workspace: { id: 2, name: "Globex" }, role: "member" },
  ],
};
