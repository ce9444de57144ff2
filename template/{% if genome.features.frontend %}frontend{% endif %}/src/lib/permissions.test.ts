import { describe, expect, test } from "vitest";

import { comment, task } from "@/test/entities";

import { allowed, visibleFields } from "./permissions";

const mine = { id: 1, author: { id: 7, display: "me@acme.io" } };
const theirs = { id: 2, author: { id: 8, display: "you@acme.io" } };

describe("allowed", () => {
  test.each([
    ["owner", "create", true],
    ["member", "create", true],
    ["viewer", "create", false],
    ["viewer", "list", true],
    ["member", "delete", false],
    ["admin", "delete", true],
  ] as const)("%s may %s a task: %s", (role, action, expected) => {
    expect(allowed(task, action, role)).toBe(expected);
  });

  test("an own grant covers only the user's rows", () => {
    expect(allowed(comment, "update", "member", mine, 7)).toBe(true);
    expect(allowed(comment, "update", "member", theirs, 7)).toBe(false);
    expect(allowed(comment, "delete", "member", theirs, 7)).toBe(false);
    expect(allowed(comment, "update", "member", mine)).toBe(false);
  });

  test("a plain grant covers every row", () => {
    expect(allowed(comment, "update", "admin", theirs, 7)).toBe(true);
    expect(allowed(comment, "update", "viewer", mine, 7)).toBe(false);
  });

  test("no role, or a read-only entity, offers nothing to write", () => {
    expect(allowed(task, "list", null)).toBe(false);
    expect(allowed({ ...task, writable: false }, "create", "owner")).toBe(
      false,
    );
    expect(allowed({ ...task, writable: false }, "list", "owner")).toBe(true);
  });
});

test("visibleFields leaves out the fields a role may not read", () => {
  const meta = {
    ...task,
    fields: task.fields.map((f) =>
      f.name === "estimate_hours" ? { ...f, visibleTo: ["owner"] } : f,
    ),
  };
  const names = (role: string) => visibleFields(meta, role).map((f) => f.name);
  expect(names("owner")).toContain("estimate_hours");
  expect(names("member")).not.toContain("estimate_hours");
});
