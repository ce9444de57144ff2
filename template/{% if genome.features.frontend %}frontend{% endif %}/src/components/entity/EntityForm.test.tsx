import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import { ApiError } from "@/lib/errors";
import { upload } from "@/lib/upload";
import type { AnyInput, AnyRow, EntityApi } from "@/lib/entity";
import { task } from "@/test/entities";

import { EntityForm } from "./EntityForm";

vi.mock("@/lib/upload", () => ({ upload: vi.fn() }));

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

const session = vi.hoisted(() => ({
  user: { id: 7, email: "me@acme.io", first_name: "", last_name: "" },
  membership: { workspace: { id: 1, name: "Acme" }, role: "member" },
}));
vi.mock("@/lib/session", () => ({ useSession: () => session }));

const apollo = { id: 1, display: "Apollo" };
vi.mock("@/components/widgets/relation-search", () => ({
  useRelationSearch: () => () => Promise.resolve([apollo]),
}));

const row: AnyRow = {
  id: 12,
  title: "Write the report",
  description: "",
  status: "todo",
  priority: 3,
  estimate_hours: null,
  due_at: null,
  is_billable: false,
  tags: [],
  external_id: null,
  time_spent: null,
  metadata: null,
  attachment: null,
  project: { id: 1, display: "Apollo" },
  assignee: null,
  reporter: null,
  parent: null,
  labels: [],
};

function stubApi(): EntityApi<AnyRow, AnyInput> {
  return {
    list: vi.fn(() => Promise.resolve({ count: 0, results: [] })),
    retrieve: vi.fn(() => Promise.resolve(row)),
    create: vi.fn(() => Promise.resolve(row)),
    update: vi.fn(() => Promise.resolve(row)),
    remove: vi.fn(() => Promise.resolve()),
  };
}

beforeEach(() => push.mockReset());

describe("EntityForm", () => {
  test("a 400's field errors land on their inputs, its message in an alert", async () => {
    const user = userEvent.setup();
    const api = stubApi();
    vi.mocked(api.update).mockRejectedValue(
      new ApiError(400, "validation_error", "The task is not valid.", {
        title: ["A task with this title already exists in the project."],
        priority: ["Too urgent."],
      }),
    );
    render(<EntityForm meta={task} api={api} id={12} />);
    const title = await screen.findByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, "Write the summary");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(api.update).toHaveBeenCalledWith(12, { title: "Write the summary" });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The task is not valid.",
    );
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(
      "A task with this title already exists in the project.",
    );
    expect(screen.getByLabelText("Priority")).toHaveAccessibleDescription(
      "Too urgent.",
    );
    expect(push).not.toHaveBeenCalled();
  });

  test("client validation stops a bad create before the API", async () => {
    const user = userEvent.setup();
    const api = stubApi();
    render(<EntityForm meta={task} api={api} />);
    await user.type(screen.getByLabelText(/^Title/), "ab");
    await user.click(screen.getByRole("button", { name: "Create task" }));
    expect(api.create).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Title/)).toHaveAccessibleDescription(
      "Ensure this field has at least 3 characters.",
    );
    // Focus goes to the first field that needs attention.
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveFocus());
    expect(
      screen.getByRole("combobox", { name: /^Project/ }),
    ).toHaveAccessibleDescription("This field is required.");
  });

  test("the status offers only the allowed next values on update", async () => {
    render(<EntityForm meta={task} api={stubApi()} id={12} />);
    const status = await screen.findByLabelText("Status");
    const options = Array.from(status.querySelectorAll("option")).map(
      (o) => o.value,
    );
    expect(options).toEqual(["todo", "in_progress"]);
  });

  test("a create sends the set values and opens the new row", async () => {
    const user = userEvent.setup();
    const api = stubApi();
    render(<EntityForm meta={task} api={api} />);
    await user.type(screen.getByLabelText(/^Title/), "Plan the launch");
    await user.click(screen.getByRole("combobox", { name: /^Project/ }));
    await user.click(await screen.findByRole("option", { name: "Apollo" }));
    await user.click(screen.getByRole("button", { name: "Create task" }));
    expect(api.create).toHaveBeenCalledWith({
      title: "Plan the launch",
      status: "todo",
      priority: 3,
      is_billable: false,
      project: 1,
    });
    await waitFor(() => expect(push).toHaveBeenCalledWith("/tasks/12"));
  });

  test("a file goes with the changes as multipart, with its progress", async () => {
    const user = userEvent.setup();
    let report: (fraction: number) => void = () => undefined;
    let finish: (row: unknown) => void = () => undefined;
    vi.mocked(upload).mockImplementation((method, url, body, onProgress) => {
      report = onProgress;
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    const api = stubApi();
    render(<EntityForm meta={task} api={api} id={12} />);
    const file = new File(["x"], "plan.pdf", { type: "application/pdf" });
    await user.upload(await screen.findByLabelText("Attachment"), file);
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(api.update).not.toHaveBeenCalled();
    const [method, url, body] = vi.mocked(upload).mock.calls[0]!;
    expect([method, url]).toEqual(["PATCH", "/api/v1/tasks/12/"]);
    expect([...body.keys()]).toEqual(["attachment"]);
    expect(body.get("attachment")).toBe(file);
    act(() => report(0.4));
    expect(
      screen.getByRole("progressbar", { name: "Uploading attachment" }),
    ).toHaveAttribute("value", "0.4");
    await act(async () => finish(row));
    expect(push).toHaveBeenCalledWith("/tasks/12");
  });

  test("a role without update gets no form", async () => {
    session.membership.role = "viewer";
    render(<EntityForm meta={task} api={stubApi()} id={12} />);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "You may not edit this task.",
    );
    expect(screen.queryByRole("button", { name: "Save changes" })).toBeNull();
    session.membership.role = "member";
  });
});
