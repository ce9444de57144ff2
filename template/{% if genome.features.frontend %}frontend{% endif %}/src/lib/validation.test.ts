import { describe, expect, test } from "vitest";

import { comment, label, project, task } from "@/test/entities";

import type { EntityMeta, FieldMeta } from "./entity";
import { fieldErrors, REQUIRED, schemaFor } from "./validation";

const validTask = {
  title: "Write the report",
  project: { id: 1, display: "Apollo" },
};

/** The messages of `values` (merged over a valid task) under `field`. */
function errorsOf(
  values: Record<string, unknown>,
  field: string,
  meta: EntityMeta = task,
  row?: Record<string, unknown>,
  base: Record<string, unknown> = validTask,
) {
  const result = schemaFor(meta, row).safeParse({ ...base, ...values });
  return result.success ? [] : (fieldErrors(result.error.issues)[field] ?? []);
}

/** An entity of one extra field, for kinds the samples lack. */
const withField = (field: Partial<FieldMeta>): EntityMeta => ({
  ...task,
  fields: [
    {
      name: "x",
      label: "X",
      kind: "string",
      help: "",
      required: false,
      readOnly: false,
      default: null,
      ...field,
    },
  ],
  relations: [],
});

describe("schemaFor", () => {
  test("a valid task passes", () => {
    expect(schemaFor(task).safeParse(validTask).success).toBe(true);
  });

  test("required fields and relations", () => {
    expect(errorsOf({ title: "" }, "title")).toEqual([REQUIRED]);
    expect(errorsOf({ project: null }, "project")).toEqual([REQUIRED]);
    expect(errorsOf({ description: "" }, "description")).toEqual([]);
  });

  test("min and max length at their boundaries", () => {
    expect(errorsOf({ title: "abc" }, "title")).toEqual([]);
    expect(errorsOf({ title: "ab" }, "title")).toEqual([
      "Ensure this field has at least 3 characters.",
    ]);
    expect(errorsOf({ title: "a".repeat(200) }, "title")).toEqual([]);
    expect(errorsOf({ title: "a".repeat(201) }, "title")).toEqual([
      "Ensure this field has no more than 200 characters.",
    ]);
  });

  test("a pattern matches the whole value", () => {
    const base = { name: "Apollo", code: "AP" };
    expect(
      errorsOf({ code: "APOLLO" }, "code", project, undefined, base),
    ).toEqual([]);
    expect(errorsOf({ code: "A" }, "code", project, undefined, base)).toEqual([
      "Enter a valid value.",
    ]);
    expect(
      errorsOf({ code: "APOLLOX" }, "code", project, undefined, base),
    ).toEqual(["Enter a valid value."]);
    expect(
      errorsOf({ code: "xAPx" }, "code", project, undefined, base),
    ).toEqual(["Enter a valid value."]);
    const color = (value: string) =>
      errorsOf({ color: value }, "color", label, undefined, { name: "Bug" });
    expect(color("#6b7280")).toEqual([]);
    expect(color("#6B7280")).toEqual(["Enter a valid value."]);
  });

  test("integer bounds and whole numbers", () => {
    expect(errorsOf({ priority: 1 }, "priority")).toEqual([]);
    expect(errorsOf({ priority: "5" }, "priority")).toEqual([]);
    expect(errorsOf({ priority: 0 }, "priority")).toEqual([
      "Ensure this value is greater than or equal to 1.",
    ]);
    expect(errorsOf({ priority: "6" }, "priority")).toEqual([
      "Ensure this value is less than or equal to 5.",
    ]);
    expect(errorsOf({ priority: "2.5" }, "priority")).toEqual([
      "Enter a whole number.",
    ]);
    expect(errorsOf({ priority: "many" }, "priority")).toEqual([
      "Enter a number.",
    ]);
  });

  test("decimals: bounds, places and digits, exactly", () => {
    const hours = (value: string) =>
      errorsOf({ estimate_hours: value }, "estimate_hours");
    expect(hours("0")).toEqual([]);
    expect(hours("999")).toEqual([]);
    expect(hours("999.0")).toEqual([]);
    expect(hours("999.1")).toEqual([
      "Ensure this value is less than or equal to 999.",
    ]);
    expect(hours("-0.1")).toEqual([
      "Ensure this value is greater than or equal to 0.",
    ]);
    expect(hours("1.25")).toEqual([
      "Ensure that there are no more than 1 decimal places.",
    ]);
    expect(hours("12a")).toEqual(["Enter a number."]);
    const budget = (value: string) =>
      errorsOf({ budget: value }, "budget", project, undefined, {
        name: "Apollo",
        code: "AP",
      });
    expect(budget("99999999.99")).toEqual([]);
    expect(budget("100000000")).toEqual([
      "Ensure that there are no more than 8 digits before the decimal point.",
    ]);
  });

  test("choices and transitions on update", () => {
    expect(errorsOf({ status: "done" }, "status")).toEqual([]);
    expect(errorsOf({ status: "lost" }, "status")).toEqual([
      "Select a valid choice.",
    ]);
    const row = { status: "todo" };
    expect(errorsOf({ status: "todo" }, "status", task, row)).toEqual([]);
    expect(errorsOf({ status: "in_progress" }, "status", task, row)).toEqual(
      [],
    );
    expect(errorsOf({ status: "done" }, "status", task, row)).toEqual([
      "Status can change from Todo only to In progress.",
    ]);
    expect(
      errorsOf({ status: "todo" }, "status", task, { status: "in_progress" }),
    ).toEqual([]);
  });

  test("list size and items", () => {
    const tags = (value: unknown[]) => errorsOf({ tags: value }, "tags");
    expect(tags(Array.from({ length: 10 }, (_, i) => `t${i}`))).toEqual([]);
    expect(tags(Array.from({ length: 11 }, (_, i) => `t${i}`))).toEqual([
      "Ensure this list has no more than 10 items.",
    ]);
    expect(tags(["a".repeat(30)])).toEqual([]);
    expect(tags(["ok", "a".repeat(31)])).toEqual([
      "Item 2: Ensure this field has no more than 30 characters.",
    ]);
  });

  test("file size", () => {
    const file = (size: number) =>
      new File([new Uint8Array(size)], "a.pdf", { type: "application/pdf" });
    expect(errorsOf({ attachment: file(5242880) }, "attachment")).toEqual([]);
    expect(errorsOf({ attachment: file(5242881) }, "attachment")).toEqual([
      "The file may not be larger than 5 MB.",
    ]);
    expect(
      errorsOf(
        { attachment: "/api/v1/files/tasks/1/attachment/" },
        "attachment",
      ),
    ).toEqual([]);
  });

  test("formats: uuid, email, url, slug, ip, duration, datetime, json", () => {
    expect(
      errorsOf(
        { external_id: "123e4567-e89b-12d3-a456-426614174000" },
        "external_id",
      ),
    ).toEqual([]);
    expect(errorsOf({ external_id: "123e4567" }, "external_id")).toEqual([
      "Enter a valid UUID.",
    ]);
    const base = { body: "Hi", task: 1 };
    expect(
      errorsOf(
        { author_email: "a@b.io" },
        "author_email",
        comment,
        undefined,
        base,
      ),
    ).toEqual([]);
    expect(
      errorsOf(
        { author_email: "a@" },
        "author_email",
        comment,
        undefined,
        base,
      ),
    ).toEqual(["Enter a valid email address."]);
    const pbase = { name: "Apollo", code: "AP" };
    expect(
      errorsOf(
        { website: "https://acme.io" },
        "website",
        project,
        undefined,
        pbase,
      ),
    ).toEqual([]);
    expect(
      errorsOf(
        { website: "javascript:alert(1)" },
        "website",
        project,
        undefined,
        pbase,
      ),
    ).toEqual(["Enter a valid URL."]);
    const x = (meta: EntityMeta, value: unknown) =>
      errorsOf({ x: value }, "x", meta, undefined, {});
    expect(x(withField({ kind: "slug" }), "a-b_1")).toEqual([]);
    expect(x(withField({ kind: "slug" }), "a b")).toHaveLength(1);
    expect(
      x(withField({ kind: "ip_address", protocol: "both" }), "::1"),
    ).toEqual([]);
    expect(
      x(withField({ kind: "ip_address", protocol: "IPv4" }), "::1"),
    ).toEqual(["Enter a valid IPv4 address."]);
    expect(x(withField({ kind: "ip_address" }), "10.0.0.256")).toEqual([
      "Enter a valid IP address.",
    ]);
    expect(errorsOf({ time_spent: "1 02:30:00" }, "time_spent")).toEqual([]);
    expect(errorsOf({ time_spent: "02:60:00" }, "time_spent")).toHaveLength(1);
    expect(errorsOf({ due_at: "2025-03-01T14:30:00+01:00" }, "due_at")).toEqual(
      [],
    );
    expect(errorsOf({ due_at: "2025-03-01T14:30" }, "due_at")).toHaveLength(1);
    expect(errorsOf({ metadata: '{"a": 1}' }, "metadata")).toEqual([]);
    expect(errorsOf({ metadata: "{a: 1}" }, "metadata")).toEqual([
      "Enter valid JSON.",
    ]);
  });

  test("read-only fields are not in the schema", () => {
    const result = schemaFor(comment).safeParse({
      body: "Hi",
      task: 1,
      edited: "not a boolean",
    });
    expect(result.success).toBe(true);
  });

  test("the project's date rule, both sides and null-safe", () => {
    const dates = (starts_on: string, due_on: string) =>
      errorsOf({ starts_on, due_on }, "starts_on", project, undefined, {
        name: "Apollo",
        code: "AP",
      });
    expect(dates("2025-01-01", "2025-01-31")).toEqual([]);
    expect(dates("2025-01-31", "2025-01-31")).toEqual([]);
    expect(dates("2025-02-01", "2025-01-31")).toEqual([
      "A project is due after it starts.",
    ]);
    expect(dates("2025-02-01", "")).toEqual([]);
    expect(dates("", "2025-01-31")).toEqual([]);
  });

  test("a rule against a value", () => {
    const meta: EntityMeta = {
      ...withField({ kind: "integer" }),
      rules: [{ left: "x", op: ">", value: 0, message: "X is positive." }],
    };
    expect(schemaFor(meta).safeParse({ x: 1 }).success).toBe(true);
    expect(errorsOf({ x: 0 }, "x", meta, undefined, {})).toEqual([
      "X is positive.",
    ]);
  });
});
