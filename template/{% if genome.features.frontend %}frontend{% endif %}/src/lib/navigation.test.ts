import { expect, test } from "vitest";

import { safeNext, signInPath } from "./navigation";

test("the sign-in page comes back to the page left", () => {
  expect(signInPath("/tasks?page=2")).toBe("/sign-in?next=%2Ftasks%3Fpage%3D2");
});

test("next is a path of this site only", () => {
  expect(safeNext("/tasks/3")).toBe("/tasks/3");
  expect(safeNext("https://evil.example/")).toBe("/");
  expect(safeNext("//evil.example/")).toBe("/");
  expect(safeNext("/\\evil.example/")).toBe("/");
  expect(safeNext("")).toBe("/");
});
