import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";

import type { AnyRow, ReadApi } from "@/lib/entity";
import { task } from "@/test/entities";

import { EntityList } from "./EntityList";

const session = vi.hoisted(() => ({
  user: { id: 7, email: "me@acme.io", first_name: "", last_name: "" },
  membership: { workspace: { id: 1, name: "Acme" }, role: "viewer" },
}));
vi.mock("@/lib/session", () => ({ useSession: () => session }));

const rows = [
  { id: 1, title: "Write the report", status: "todo", priority: 3 },
  { id: 2, title: "Ship it", status: "done", priority: 5 },
];

function stubApi(count = rows.length): ReadApi<AnyRow> {
  return {
    list: vi.fn(() => Promise.resolve({ count, results: rows })),
    retrieve: vi.fn(),
  };
}

describe("EntityList", () => {
  test("offers no New button to a role without create", async () => {
    session.membership.role = "viewer";
    render(<EntityList meta={task} api={stubApi()} />);
    expect(
      await screen.findByRole("link", { name: "Write the report" }),
    ).toHaveAttribute("href", "/tasks/1");
    expect(screen.queryByRole("link", { name: "New task" })).toBeNull();
  });

  test("offers New to a role with create", async () => {
    session.membership.role = "member";
    render(<EntityList meta={task} api={stubApi()} />);
    expect(
      await screen.findByRole("link", { name: "New task" }),
    ).toHaveAttribute("href", "/tasks/new");
  });

  test("searches, filters and orders from the metadata, and pages", async () => {
    const user = userEvent.setup();
    const api = stubApi(60);
    render(<EntityList meta={task} api={api} />);
    await screen.findByRole("link", { name: "Ship it" });
    const form = screen.getByRole("search");
    await user.type(within(form).getByLabelText("Search"), "report");
    await user.selectOptions(within(form).getByLabelText("Status"), "done");
    await user.type(within(form).getByLabelText("Priority from"), "2");
    await user.selectOptions(
      within(form).getByLabelText("Order by"),
      "-due_at",
    );
    await user.click(within(form).getByRole("button", { name: "Apply" }));
    expect(api.list).toHaveBeenLastCalledWith({
      search: "report",
      status: "done",
      priority__gte: "2",
      ordering: "-due_at",
      page: 1,
      page_size: 25,
    });
    expect(screen.getByText(/Page 1 of 3/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(api.list).toHaveBeenLastCalledWith(
      expect.objectContaining({ page: 2, status: "done" }),
    );
  });

  test("shows an empty state", async () => {
    const api: ReadApi<AnyRow> = {
      list: vi.fn(() => Promise.resolve({ count: 0, results: [] })),
      retrieve: vi.fn(),
    };
    render(<EntityList meta={task} api={api} />);
    expect(await screen.findByText("No tasks yet.")).toBeInTheDocument();
  });
});
