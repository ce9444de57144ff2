import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

import { json, profile, setCookie, stubFetch } from "@/test/fetch-stub";

import { client } from "@/lib/api";
import { SessionProvider } from "@/lib/session";
import { setTabWorkspace } from "@/lib/workspace";

import { WorkspaceSwitcher } from "./WorkspaceSwitcher";

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  setTabWorkspace(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderSwitcher() {
  render(
    <SessionProvider>
      <WorkspaceSwitcher />
    </SessionProvider>,
  );
  return screen.findByLabelText("Workspace");
}

test("starts in the user's active workspace, and switches this tab", async () => {
  const { sent } = stubFetch((request) =>
    json(
      200,
      request.url === "/api/v1/auth/me/" ? profile : { count: 0, results: [] },
    ),
  );

  const select = await renderSwitcher();
  expect(select).toHaveValue("1");
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "Acme",
    "Globex",
  ]);

  await userEvent.selectOptions(select, "Globex");

  expect(select).toHaveValue("2");
  expect(window.sessionStorage.getItem("workspace")).toBe("2");
  await client.GET("/api/v1/workspaces/");
  expect(sent.at(-1)?.headers.get("X-Workspace")).toBe("2");
});

test("keeps the tab's own workspace over the active one", async () => {
  setTabWorkspace(2);
  stubFetch(() => json(200, profile));

  expect(await renderSwitcher()).toHaveValue("2");
});

test("forgets a tab workspace the user has left", async () => {
  setTabWorkspace(9);
  stubFetch(() => json(200, profile));

  expect(await renderSwitcher()).toHaveValue("1");
  expect(window.sessionStorage.getItem("workspace")).toBe("1");
});

test("says so when the account cannot be loaded", async () => {
  stubFetch(() =>
    json(500, {
      error: "server_error",
      message: "The server failed.",
      fields: {},
    }),
  );

  render(
    <SessionProvider>
      <WorkspaceSwitcher />
    </SessionProvider>,
  );

  expect(await screen.findByRole("alert")).toHaveTextContent(
    "The server failed.",
  );
});
