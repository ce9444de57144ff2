import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

import { json, profile, setCookie, stubFetch } from "@/test/fetch-stub";

import { Dashboard } from "@/components/dashboard/Dashboard";
import { SessionProvider } from "@/lib/session";
import { setTabWorkspace } from "@/lib/workspace";

import { AppShell } from "./AppShell";

vi.mock("next/navigation", () => ({ usePathname: () => "/" }));

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  setTabWorkspace(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test("lists every entity, counts its rows, and reloads on a switch", async () => {
  let tasks = 12;
  const { sent } = stubFetch((request) => {
    if (request.url === "/api/v1/auth/me/") return json(200, profile);
    const count = request.url.startsWith("/api/v1/tasks/") ? tasks : 0;
    return json(200, { count, results: [] });
  });

  render(
    <SessionProvider>
      <AppShell>
        <Dashboard />
      </AppShell>
    </SessionProvider>,
  );

  const nav = await screen.findByRole("navigation", { name: "Main" });
  expect(within(nav).getByRole("link", { name: "Tasks" })).toHaveAttribute(
    "href",
    "/tasks",
  );
  expect(within(nav).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const counts = screen.getByRole("list", { name: "Counts" });
  const tasksCard = () =>
    within(counts).getByRole("link", { name: "Tasks" }).closest("li")!;
  expect(await within(tasksCard()).findByText("12")).toBeInTheDocument();
  const list = sent.find((r) => r.url.startsWith("/api/v1/tasks/"));
  expect(list?.url).toBe("/api/v1/tasks/?page_size=1");
  expect(list?.headers.get("X-Workspace")).toBe("1");

  tasks = 3;
  await userEvent.selectOptions(screen.getByLabelText("Workspace"), "Globex");

  // The page is mounted again for the new workspace, and loads its data again.
  const recounted = await screen.findByRole("list", { name: "Counts" });
  const recountedTasks = within(recounted)
    .getByRole("link", { name: "Tasks" })
    .closest("li")!;
  expect(await within(recountedTasks).findByText("3")).toBeInTheDocument();
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Globex");
  expect(sent.at(-1)?.headers.get("X-Workspace")).toBe("2");
});

test("the user menu opens the account and the way out", async () => {
  stubFetch(() => json(200, profile));

  render(
    <SessionProvider>
      <AppShell>
        <p>Page</p>
      </AppShell>
    </SessionProvider>,
  );

  const toggle = await screen.findByRole("button", { name: "Ada Lovelace" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  expect(screen.getByRole("link", { name: "Your account" })).toHaveAttribute(
    "href",
    "/account",
  );
  expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
  await userEvent.keyboard("{Escape}");
  expect(toggle).toHaveAttribute("aria-expanded", "false");
});
