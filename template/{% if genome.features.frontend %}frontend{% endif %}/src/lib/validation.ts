/**
 * The zod schema of an entity's form, from its EntityMeta: required, lengths,
 * patterns, bounds, digits, choices, transitions, list sizes, file sizes, formats
 * and the entity's rules. The server stays the authority; this spares a round trip.
 *
 * Form values (see form-values.ts): text-like kinds, decimals, dates and times as
 * strings ("" for none); numbers as numbers or numeric strings; booleans; lists as
 * arrays; json as its text; files as a File or the stored file's URL; relations as
 * `{id, display}` (or an id), many-to-many as a list of those.
 */
import { z } from "zod";

import { isBlank } from "./blank";
import { compareValues, satisfies } from "./compare";
import { compareDecimal, parseDecimal } from "./decimal";
import { parseDuration } from "./duration";
import {
  isRef,
  type EntityMeta,
  type FieldKind,
  type FieldMeta,
  type RelationMeta,
} from "./entity";
import { formatBytes } from "./format";

export const REQUIRED = "This field is required.";

const blankToUndefined = (value: unknown) =>
  isBlank(value) ? undefined : value;

const present = z.custom<unknown>((value) => value !== undefined, REQUIRED);

/** The field's schema with "" and null read as absent: refused when required. */
function optionalUnlessRequired(base: z.ZodType, required: boolean) {
  return z.preprocess(
    blankToUndefined,
    required ? present.pipe(base) : base.optional(),
  );
}

/** A Python pattern as a JavaScript one matching the whole value. */
function fullMatch(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern.replace(/\(\?P</g, "(?<")})$`, "u");
  } catch {
    return null;
  }
}

const matches = (schema: z.ZodType) => (value: string) =>
  schema.safeParse(value).success;

const FORMATS: Partial<
  Record<FieldKind, [(value: string) => boolean, string]>
> = {
  email: [matches(z.email()), "Enter a valid email address."],
  url: [
    matches(z.url({ protocol: /^(?:https?|ftps?)$/ })),
    "Enter a valid URL.",
  ],
  uuid: [matches(z.guid()), "Enter a valid UUID."],
  slug: [
    (value) => /^[-a-zA-Z0-9_]+$/.test(value),
    "Enter a valid slug consisting of letters, numbers, underscores or hyphens.",
  ],
  date: [matches(z.iso.date()), "Enter a valid date (YYYY-MM-DD)."],
  datetime: [
    matches(z.iso.datetime({ offset: true })),
    "Enter a valid date and time.",
  ],
  time: [matches(z.iso.time()), "Enter a valid time (HH:MM:SS)."],
  duration: [
    (value) => parseDuration(value) !== null,
    "Enter a valid duration ([DD] HH:MM:SS).",
  ],
};

function ipCheck(protocol = "both"): [(value: string) => boolean, string] {
  const v4 = matches(z.ipv4());
  const v6 = matches(z.ipv6());
  switch (protocol.toLowerCase()) {
    case "ipv4":
      return [v4, "Enter a valid IPv4 address."];
    case "ipv6":
      return [v6, "Enter a valid IPv6 address."];
    default:
      return [(value) => v4(value) || v6(value), "Enter a valid IP address."];
  }
}

function text(field: FieldMeta, kind: FieldKind): z.ZodType {
  let schema = z.string({ error: "Enter text." });
  if (field.minLength !== undefined)
    schema = schema.min(
      field.minLength,
      `Ensure this field has at least ${field.minLength} characters.`,
    );
  if (field.maxLength !== undefined)
    schema = schema.max(
      field.maxLength,
      `Ensure this field has no more than ${field.maxLength} characters.`,
    );
  const pattern = field.pattern ? fullMatch(field.pattern) : null;
  if (pattern) schema = schema.regex(pattern, "Enter a valid value.");
  const format =
    kind === "ip_address" ? ipCheck(field.protocol) : FORMATS[kind];
  return format ? schema.refine(...format) : schema;
}

function number(field: FieldMeta, kind: FieldKind): z.ZodType {
  let schema = z.number({ error: "Enter a number." });
  if (kind !== "float")
    schema = schema.refine(Number.isInteger, "Enter a whole number.");
  if (field.min !== undefined)
    schema = schema.min(
      field.min,
      `Ensure this value is greater than or equal to ${field.min}.`,
    );
  if (field.max !== undefined)
    schema = schema.max(
      field.max,
      `Ensure this value is less than or equal to ${field.max}.`,
    );
  return z.preprocess(
    (value) => (typeof value === "string" ? Number(value.trim()) : value),
    schema,
  );
}

function decimal(field: FieldMeta): z.ZodType {
  const { min, max, maxDigits, decimalPlaces } = field;
  let schema = z
    .string({ error: "Enter a number." })
    .refine((value) => parseDecimal(value) !== null, "Enter a number.");
  if (decimalPlaces !== undefined)
    schema = schema.refine(
      (value) => (parseDecimal(value)?.fraction.length ?? 0) <= decimalPlaces,
      `Ensure that there are no more than ${decimalPlaces} decimal places.`,
    );
  if (maxDigits !== undefined) {
    const whole = maxDigits - (decimalPlaces ?? 0);
    schema = schema.refine(
      (value) => (parseDecimal(value)?.whole.length ?? 0) <= whole,
      `Ensure that there are no more than ${whole} digits before the decimal point.`,
    );
  }
  if (min !== undefined)
    schema = schema.refine(
      (value) => (compareDecimal(value, String(min)) ?? 0) >= 0,
      `Ensure this value is greater than or equal to ${min}.`,
    );
  if (max !== undefined)
    schema = schema.refine(
      (value) => (compareDecimal(value, String(max)) ?? 0) <= 0,
      `Ensure this value is less than or equal to ${max}.`,
    );
  return z.preprocess(
    (value) => (typeof value === "number" ? String(value) : value),
    schema,
  );
}

function choice(field: FieldMeta, current: unknown): z.ZodType {
  const choices = field.choices ?? [];
  const labelOf = (value: string) =>
    choices.find((c) => c.value === value)?.label ?? value;
  let schema = z
    .string({ error: "Select a valid choice." })
    .refine(
      (value) => choices.some((c) => c.value === value),
      "Select a valid choice.",
    );
  if (field.transitions && typeof current === "string" && current !== "") {
    const next = field.transitions[current] ?? [];
    const message = next.length
      ? `${field.label} can change from ${labelOf(current)} only to ${next.map(labelOf).join(" or ")}.`
      : `${field.label} cannot change from ${labelOf(current)}.`;
    schema = schema.refine(
      (value) => value === current || next.includes(value),
      message,
    );
  }
  return schema;
}

function json(): z.ZodType {
  return z.unknown().refine((value) => {
    if (typeof value !== "string") return true;
    try {
      JSON.parse(value);
      return true;
    } catch {
      return false;
    }
  }, "Enter valid JSON.");
}

function file(field: FieldMeta, kind: FieldKind): z.ZodType {
  let schema = z.custom<File | string>(
    (value) => value instanceof File || typeof value === "string",
    "Upload a file.",
  );
  const { maxSize } = field;
  if (maxSize !== undefined)
    schema = schema.refine(
      (value) => !(value instanceof File) || value.size <= maxSize,
      `The file may not be larger than ${formatBytes(maxSize)}.`,
    );
  if (kind === "image")
    schema = schema.refine(
      (value) => !(value instanceof File) || value.type.startsWith("image/"),
      "Upload a valid image.",
    );
  return schema;
}

/** One value of the kind, without the required check. */
function valueSchema(
  field: FieldMeta,
  kind: FieldKind,
  current: unknown,
): z.ZodType {
  switch (kind) {
    case "integer":
    case "big_integer":
    case "float":
      return number(field, kind);
    case "decimal":
      return decimal(field);
    case "boolean":
      return z.boolean({ error: "Must be true or false." });
    case "choice":
      return choice(field, current);
    case "json":
      return json();
    case "file":
    case "image":
      return file(field, kind);
    case "list": {
      const item = optionalUnlessRequired(
        valueSchema(field, field.of ?? "string", undefined),
        true,
      );
      let list = z.array(item, { error: "Enter a list." });
      if (field.maxItems !== undefined)
        list = list.max(
          field.maxItems,
          `Ensure this list has no more than ${field.maxItems} items.`,
        );
      return list;
    }
    default:
      return text(field, kind);
  }
}

function fieldSchema(field: FieldMeta, row?: Record<string, unknown>) {
  return optionalUnlessRequired(
    valueSchema(field, field.kind, row?.[field.name]),
    field.required,
  );
}

/** A related row: `{id, display}`, or its id. */
const isRefOrId = (value: unknown) => typeof value === "number" || isRef(value);

function relationSchema(relation: RelationMeta) {
  const one = z.custom<unknown>(isRefOrId, "Select a valid choice.");
  return optionalUnlessRequired(
    relation.many ? z.array(one, { error: "Select valid choices." }) : one,
    relation.required,
  );
}

/** The schema of the form's values; `row` is the row being edited (its transitions). */
export function schemaFor(
  meta: EntityMeta,
  row?: Record<string, unknown>,
): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of meta.fields)
    if (!field.readOnly) shape[field.name] = fieldSchema(field, row);
  for (const relation of meta.relations)
    if (!relation.readOnly) shape[relation.name] = relationSchema(relation);
  let schema: z.ZodType<Record<string, unknown>> = z.object(shape);
  for (const rule of meta.rules) {
    const kind =
      meta.fields.find((f) => f.name === rule.left)?.kind ?? "string";
    schema = schema.refine(
      (values) => {
        const left = values[rule.left];
        const right =
          rule.right === undefined ? rule.value : values[rule.right];
        if (isBlank(left) || isBlank(right)) return true;
        const comparison = compareValues(kind, left, right);
        return comparison === null || satisfies(rule.op, comparison);
      },
      { message: rule.message, path: [rule.left], when: () => true },
    );
  }
  return schema;
}

/** Zod's issues as the API writes field errors: `{field: [messages]}`. */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const [name, index] = issue.path;
    const key = name === undefined ? "non_field_errors" : String(name);
    const message =
      typeof index === "number"
        ? `Item ${index + 1}: ${issue.message}`
        : issue.message;
    (errors[key] ??= []).push(message);
  }
  return errors;
}
