import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

import { json, setCookie, stubFetch } from "@/test/fetch-stub";

import { isManager } from "@/lib/roles";
import { setTabWorkspace } from "@/lib/workspace";

import { InviteForm } from "./InviteForm";
import { RoleSelect } from "./RoleSelect";

// The roles are the example genome's (src/test/genome.ts), whatever the project's:
// a role is a string here, not the project's Role type.
const member: string = "member";

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  setTabWorkspace(1);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test("the first two roles manage the workspace", () => {
  expect(isManager("owner")).toBe(true);
  expect(isManager("admin")).toBe(true);
  expect(isManager(member)).toBe(false);
  expect(isManager(undefined)).toBe(false);
});

test("RoleSelect offers the roles, most privileged first", async () => {
  const onRoleChange = vi.fn();
  render(<RoleSelect aria-label="Role" onRoleChange={onRoleChange} />);
  const select = screen.getByRole("combobox", { name: "Role" });
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "Owner",
    "Admin",
    "Member",
    "Viewer",
  ]);
  await userEvent.selectOptions(select, member);
  expect(onRoleChange).toHaveBeenCalledWith(member);
});

test("an invitation goes with its role, and shows the link to pass on", async () => {
  const { sent } = stubFetch(() =>
    json(201, { id: 5, email: "bo@acme.io", role: member, token: "t0k" }),
  );
  const onInvited = vi.fn();
  render(<InviteForm workspaceId={1} onInvited={onInvited} />);
  const role = screen.getByLabelText(/^Role/);
  // A new member gets the least privileged role unless told otherwise.
  expect(role).toHaveValue("viewer");
  await userEvent.type(screen.getByLabelText(/^Email/), "bo@acme.io");
  await userEvent.selectOptions(role, member);
  await userEvent.click(screen.getByRole("button", { name: "Invite" }));

  expect(await screen.findByText(/bo@acme\.io is invited/)).toBeVisible();
  expect(screen.getByText(/\/invitations\/accept\?token=t0k$/)).toBeVisible();
  expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
    "POST /api/v1/workspaces/1/invitations/",
  ]);
  expect(JSON.parse(sent[0]!.body)).toEqual({
    email: "bo@acme.io",
    role: member,
  });
  expect(onInvited).toHaveBeenCalledTimes(1);
});
