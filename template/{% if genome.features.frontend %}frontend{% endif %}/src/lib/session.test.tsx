import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

import { json, setCookie, stubFetch } from "@/test/fetch-stub";

import { redirectToSignIn } from "./navigation";
import { SessionProvider, useSession } from "./session";

vi.mock("./navigation", async (original) => ({
  ...(await original<typeof import("./navigation")>()),
  redirectToSignIn: vi.fn(),
}));

function Email() {
  return <p>{useSession().user.email}</p>;
}

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  vi.mocked(redirectToSignIn).mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test("a visitor who is not signed in goes to the sign-in page", async () => {
  const { sent } = stubFetch(() =>
    json(401, { error: "not_authenticated", message: "Sign in.", fields: {} }),
  );

  render(
    <SessionProvider>
      <Email />
    </SessionProvider>,
  );

  expect(await screen.findByText("You are signed out")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    "/sign-in?next=%2F",
  );
  expect(redirectToSignIn).toHaveBeenCalledTimes(1);
  expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
    "GET /api/v1/auth/me/",
    "POST /api/v1/auth/refresh/",
  ]);
  expect(screen.queryByText("ada@example.com")).not.toBeInTheDocument();
});

test("prerendering (next build) neither fetches nor throws: it shows the spinner", () => {
  const { fetch } = stubFetch(() => json(500));

  const html = renderToString(
    <SessionProvider>
      <Email />
    </SessionProvider>,
  );

  expect(html).toContain("Loading your account…");
  expect(fetch).not.toHaveBeenCalled();
});
