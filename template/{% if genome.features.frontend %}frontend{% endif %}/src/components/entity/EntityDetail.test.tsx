import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";

import type { AnyInput, AnyRow, EntityApi } from "@/lib/entity";
import { comment } from "@/test/entities";

import { EntityDetail } from "./EntityDetail";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

const session = vi.hoisted(() => ({
  user: { id: 7, email: "me@acme.io", first_name: "", last_name: "" },
  membership: { workspace: { id: 1, name: "Acme" }, role: "member" },
}));
vi.mock("@/lib/session", () => ({ useSession: () => session }));

const commentBy = (author: number): AnyRow => ({
  id: 3,
  body: "Looks good",
  author_email: "",
  edited: false,
  edited_at: null,
  task: { id: 12, display: "Write the report" },
  author: { id: author, display: "someone@acme.io" },
});

function stubApi(row: AnyRow): EntityApi<AnyRow, AnyInput> {
  return {
    list: vi.fn(),
    retrieve: vi.fn(() => Promise.resolve(row)),
    create: vi.fn(),
    update: vi.fn(),
    remove: vi.fn(() => Promise.resolve()),
  };
}

describe("EntityDetail", () => {
  test("a member edits and deletes their own comment, after confirming", async () => {
    const user = userEvent.setup();
    const api = stubApi(commentBy(7));
    render(<EntityDetail meta={comment} api={api} id={3} />);
    expect(await screen.findByText("Looks good")).toBeVisible();
    expect(
      screen.getByRole("link", { name: "Write the report" }),
    ).toHaveAttribute("href", "/tasks/12");
    expect(screen.getByRole("link", { name: "Edit" })).toHaveAttribute(
      "href",
      "/comments/3/edit",
    );
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = screen.getByRole("dialog", { name: "Delete this comment?" });
    // Focus moves into the dialog, on its safe choice.
    expect(
      within(dialog).getByRole("button", { name: "Cancel" }),
    ).toHaveFocus();
    expect(api.remove).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Delete comment" }));
    expect(api.remove).toHaveBeenCalledWith(3);
    expect(push).toHaveBeenCalledWith("/comments");
  });

  test("nor Edit nor Delete on another member's comment", async () => {
    render(<EntityDetail meta={comment} api={stubApi(commentBy(8))} id={3} />);
    expect(await screen.findByText("Looks good")).toBeVisible();
    expect(screen.queryByRole("link", { name: "Edit" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
  });
});
