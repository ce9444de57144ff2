/**
 * The genome's rules, as the registry's metadata declares them, hold in the forms:
 * for every entity and every field, relation and rule, schemaFor accepts a value at
 * each boundary and refuses one just past it. Generic over the metadata: no entity
 * is named here, so the test holds for any genome.
 *
 * Each case compares the form's messages with those of the same metadata without
 * the rule under test: a rule accepts a value when it adds no message, and refuses
 * it when it adds one (naming its bound, or the allowed next values).
 */
import { describe, expect, test, vi } from "vitest";

import { entities } from "@/generated/entities";

import type {
  EntityMeta,
  FieldKind,
  FieldMeta,
  Operator,
  RelationMeta,
  RuleMeta,
} from "./entity";
import { isBlank } from "./blank";
import { compareValues, satisfies } from "./compare";
import { fieldErrors, REQUIRED, schemaFor } from "./validation";

// This project's genome, not the example's that vitest.setup.ts gives the other
// tests: the real registry (vi.unmock is hoisted above the imports).
vi.unmock("@/generated/entities");

type Values = Record<string, unknown>;

interface Case {
  name: string;
  meta: EntityMeta;
  /** The same metadata without the rule under test. */
  without: EntityMeta;
  /** Set over the entity's valid values. */
  values: Values;
  /** The row being edited, for transitions. */
  row?: Values;
  /** Where the rule's message lands. */
  field: string;
  refused: boolean;
  /** What a refusal's message names. */
  names?: string[];
}

// Values -------------------------------------------------------------------

const PRINTABLE = Array.from({ length: 95 }, (_, i) =>
  String.fromCharCode(32 + i),
);

/** A Python pattern as a JavaScript one matching the whole value. */
const wholeMatch = (pattern: string) =>
  new RegExp(`^(?:${pattern.replace(/\(\?P</g, "(?<")})$`, "u");

/** Letters and digits first: a sample reads as a value, not as blanks. */
const PREFERRED = [
  ...PRINTABLE.filter((c) => /[a-z0-9]/i.test(c)),
  ...PRINTABLE.filter((c) => !/[a-z0-9]/i.test(c)),
];

/** The first printable character a one-character pattern (`[a-f]`, `\d`) matches. */
function charOf(source: string): string {
  const one = new RegExp(`^${source}$`, "u");
  const found = PREFERRED.find((c) => one.test(c));
  if (found === undefined) throw new Error(`No character matches ${source}.`);
  return found;
}

/**
 * A value a pattern matches: each quantifier at its least (`extra` more for the
 * unbounded ones: `*`, `+`, `{n,}`), each alternation's first branch. Enough for
 * the patterns genomes give (codes, colours, keys); a pattern it cannot sample
 * fails the baseline test loudly.
 */
function sample(pattern: string, extra = 0): string {
  let at = 0;
  const next = () => pattern[at++] ?? "";

  function atom(): string {
    const c = next();
    if (c === "(") {
      if (pattern.startsWith("?:", at)) at += 2;
      else if (pattern.startsWith("?P<", at) || pattern.startsWith("?<", at))
        at = pattern.indexOf(">", at) + 1;
      const inner = alternation();
      next();
      return inner;
    }
    if (c === "[") {
      const end = pattern.indexOf("]", at + 1);
      const source = pattern.slice(at - 1, end + 1);
      at = end + 1;
      return charOf(source);
    }
    if (c === "\\") return charOf(`\\${next()}`);
    if (c === ".") return "a";
    if (c === "^" || c === "$") return "";
    return c;
  }

  function least(): number {
    const c = pattern[at];
    let count = 1;
    if (c === "?" || c === "*") count = 0;
    if (c === "*" || c === "+") count += extra;
    if (c === "{") {
      const end = pattern.indexOf("}", at);
      const [least, most] = pattern.slice(at + 1, end).split(",");
      count = Number(least) + (most === "" ? extra : 0);
      at = end;
    }
    if (c === "?" || c === "*" || c === "+" || c === "{") {
      at += 1;
      if (pattern[at] === "?") at += 1;
    }
    return count;
  }

  function sequence(): string {
    let value = "";
    while (at < pattern.length && pattern[at] !== "|" && pattern[at] !== ")") {
      const piece = atom();
      value += piece.repeat(least());
    }
    return value;
  }

  function alternation(): string {
    const first = sequence();
    while (pattern[at] === "|") {
      at += 1;
      sequence();
    }
    return first;
  }

  return alternation();
}

/** The shortest value the pattern matches that is as long as the field's minLength. */
function sampleOf(field: FieldMeta & { pattern: string }): string {
  const least = field.minLength ?? 0;
  for (let extra = 0; extra <= least; extra++) {
    const value = sample(field.pattern, extra);
    if (value.length >= least) return value;
  }
  return sample(field.pattern);
}

/** A valid value of a number field, as its input holds it. */
function numberIn(field: FieldMeta): number {
  if (field.min !== undefined) return field.min;
  return field.max !== undefined ? Math.min(0, field.max) : 0;
}

/** A valid value of one kind, by the field's constraints (not its required). */
function validOf(field: FieldMeta, kind: FieldKind): unknown {
  switch (kind) {
    case "email":
      return "a@example.com";
    case "url":
      return "https://example.com";
    case "uuid":
      return "123e4567-e89b-12d3-a456-426614174000";
    case "ip_address":
      return field.protocol?.toLowerCase() === "ipv6" ? "::1" : "192.0.2.1";
    case "integer":
    case "big_integer":
    case "float":
    case "decimal":
      return String(numberIn(field));
    case "boolean":
      return false;
    case "date":
      return "2025-01-01";
    case "datetime":
      return "2025-01-01T09:00:00+00:00";
    case "time":
      return "09:00:00";
    case "duration":
      return "01:00:00";
    case "choice":
      return field.choices?.[0]?.value ?? "";
    case "json":
      return "{}";
    case "file":
    case "image":
      return new File(["x"], "x.png", { type: "image/png" });
    case "list":
      return [validOf(field, field.of ?? "string")];
    default:
      return field.pattern
        ? sampleOf({ ...field, pattern: field.pattern })
        : "x".repeat(Math.max(field.minLength ?? 1, 1));
  }
}

/** The field's form value in a valid form: its default, else a valid value. */
function baseValue(field: FieldMeta): unknown {
  if (field.default !== null && field.default !== undefined)
    return field.kind === "json"
      ? JSON.stringify(field.default)
      : field.default;
  if (field.kind === "list")
    return field.required ? validOf(field, "list") : [];
  return validOf(field, field.kind);
}

const REF = { id: 1, display: "One" };

function baseRelation(relation: RelationMeta): unknown {
  if (relation.many) return relation.required ? [REF] : [];
  return relation.required ? REF : null;
}

/** A valid form value of the entity, built from its metadata only. */
function baseline(meta: EntityMeta): Values {
  const values: Values = {};
  for (const field of meta.fields)
    if (!field.readOnly) values[field.name] = baseValue(field);
  for (const relation of meta.relations)
    if (!relation.readOnly) values[relation.name] = baseRelation(relation);
  return keepRules(meta, values);
}

/**
 * The values with each of the entity's rules kept: a rule the values break gets
 * its sides set in an order it allows (`min_guests < max_guests`: 1 and 2), the
 * low and high values of the kind, or those around its constant. A few passes, for
 * rules that share a field (`discount < price`, `price > 0`).
 */
function keepRules(meta: EntityMeta, values: Values): Values {
  const fieldOf = (name: string) => meta.fields.find((f) => f.name === name);
  for (let pass = 0; pass < 3; pass++)
    for (const rule of meta.rules) {
      const left = fieldOf(rule.left);
      const right = rule.right === undefined ? undefined : fieldOf(rule.right);
      if (!left || left.readOnly || right?.readOnly) continue;
      const constant =
        typeof rule.value === "number" ? String(rule.value) : rule.value;
      const holds = (l: unknown, r: unknown) => {
        if (isBlank(l) || isBlank(r)) return true;
        const comparison = compareValues(left.kind, l, r);
        return comparison === null || satisfies(rule.op, comparison);
      };
      const pairs: [unknown, unknown][] = [];
      if (rule.right === undefined) {
        const [low, high] = around(left, rule.value);
        pairs.push([values[rule.left], constant]);
        pairs.push([low, constant], [constant, constant], [high, constant]);
      } else {
        const [low, high] = ordered(left);
        pairs.push([values[rule.left], values[rule.right]]);
        pairs.push([low, high], [low, low], [high, low]);
      }
      const kept = pairs.find(([l, r]) => holds(l, r));
      if (!kept) continue;
      values[rule.left] = kept[0];
      if (rule.right !== undefined) values[rule.right] = kept[1];
    }
  return values;
}

// Cases --------------------------------------------------------------------

const writable = <T extends { readOnly: boolean }>(items: T[]) =>
  items.filter((item) => !item.readOnly);

/** The metadata with the field's `changes` (a rule taken away). */
function changeField(
  meta: EntityMeta,
  name: string,
  changes: Partial<FieldMeta>,
): EntityMeta {
  return {
    ...meta,
    fields: meta.fields.map((f) =>
      f.name === name ? { ...f, ...changes } : f,
    ),
  };
}

function fieldCases(meta: EntityMeta, field: FieldMeta): Case[] {
  const cases: Case[] = [];
  const at = `${meta.name}.${field.name}`;
  const list = field.kind === "list";
  /** A list's length rules hold for each item. */
  const wrap = (value: unknown) => (list ? [value] : value);
  const each = list ? " (each item)" : "";
  const add = (
    rule: string,
    changes: Partial<FieldMeta>,
    outcomes: [string, unknown, boolean, string[]?][],
    row?: Values,
  ) => {
    const without = changeField(meta, field.name, changes);
    for (const [what, value, refused, names] of outcomes)
      cases.push({
        name: `${at}: ${rule} ${refused ? "refuses" : "accepts"} ${what}`,
        meta,
        without,
        values: { [field.name]: value },
        row,
        field: field.name,
        refused,
        names,
      });
  };

  if (field.required)
    add("required", { required: false }, [
      ["a value", baseValue(field), false],
      ["a blank", list ? [] : "", true, [REQUIRED]],
    ]);

  const { minLength, maxLength, pattern } = field;
  if (minLength !== undefined) {
    const outcomes: [string, unknown, boolean, string[]?][] = [
      [`${minLength} characters`, wrap("x".repeat(minLength)), false],
    ];
    if (minLength > 1)
      outcomes.push([
        `${minLength - 1} characters`,
        wrap("x".repeat(minLength - 1)),
        true,
        [String(minLength)],
      ]);
    add(`minLength ${minLength}${each}`, { minLength: undefined }, outcomes);
  }
  if (maxLength !== undefined)
    add(`maxLength ${maxLength}${each}`, { maxLength: undefined }, [
      [`${maxLength} characters`, wrap("x".repeat(maxLength)), false],
      [
        `${maxLength + 1} characters`,
        wrap("x".repeat(maxLength + 1)),
        true,
        [String(maxLength)],
      ],
    ]);
  if (pattern !== undefined) {
    const matching = sampleOf({ ...field, pattern });
    const mismatch = PRINTABLE.find((c) => !wholeMatch(pattern).test(c));
    const outcomes: [string, unknown, boolean, string[]?][] = [
      [JSON.stringify(matching), wrap(matching), false],
    ];
    if (mismatch !== undefined)
      outcomes.push([JSON.stringify(mismatch), wrap(mismatch), true]);
    add(`pattern ${pattern}${each}`, { pattern: undefined }, outcomes);
  }

  const numeric = ["integer", "big_integer", "float", "decimal"].includes(
    field.kind,
  );
  if (numeric) {
    const places = field.kind === "decimal" ? (field.decimalPlaces ?? 0) : 0;
    const step = field.kind === "float" ? 0.001 : 10 ** -places;
    const show = (n: number) =>
      field.kind === "float" ? String(n) : n.toFixed(places);
    const { min, max, maxDigits } = field;
    if (min !== undefined)
      add(`min ${min}`, { min: undefined }, [
        [String(min), String(min), false],
        [show(min - step), show(min - step), true, [String(min)]],
      ]);
    if (max !== undefined)
      add(`max ${max}`, { max: undefined }, [
        [String(max), String(max), false],
        [show(max + step), show(max + step), true, [String(max)]],
      ]);
    if (field.kind === "decimal" && places > 0)
      add(`decimalPlaces ${places}`, { decimalPlaces: undefined }, [
        [`0.${"1".repeat(places)}`, `0.${"1".repeat(places)}`, false],
        [`0.${"1".repeat(places + 1)}`, `0.${"1".repeat(places + 1)}`, true],
      ]);
    if (field.kind === "decimal" && maxDigits !== undefined) {
      const whole = maxDigits - places;
      add(`maxDigits ${maxDigits}`, { maxDigits: undefined }, [
        [`${whole} whole digits`, "9".repeat(whole), false],
        [`${whole + 1} whole digits`, "9".repeat(whole + 1), true],
      ]);
    }
  }

  const choices = field.choices ?? [];
  if (field.kind === "choice" && choices.length) {
    const outside = `not-${choices.map((c) => c.value).join("-")}`;
    add("choices", { choices: undefined, kind: "string" }, [
      ...choices.map((c): [string, unknown, boolean] => [
        JSON.stringify(c.value),
        c.value,
        false,
      ]),
      [JSON.stringify(outside), outside, true],
    ]);
  }

  const labelOf = (value: string) =>
    choices.find((c) => c.value === value)?.label ?? value;
  for (const [from, allowed] of Object.entries(field.transitions ?? {})) {
    const refused = choices.find(
      (c) => c.value !== from && !allowed.includes(c.value),
    );
    const outcomes: [string, unknown, boolean, string[]?][] = allowed.map(
      (to) => [to, to, false],
    );
    if (refused)
      outcomes.push([
        `${refused.value}, naming ${allowed.map(labelOf).join(" and ") || "none"}`,
        refused.value,
        true,
        allowed.map(labelOf),
      ]);
    add(`transition from ${from}`, { transitions: undefined }, outcomes, {
      [field.name]: from,
    });
  }

  if (list && field.maxItems !== undefined) {
    const item = validOf(field, field.of ?? "string");
    const items = (n: number) => Array.from({ length: n }, () => item);
    add(`maxItems ${field.maxItems}`, { maxItems: undefined }, [
      [`${field.maxItems} items`, items(field.maxItems), false],
      [
        `${field.maxItems + 1} items`,
        items(field.maxItems + 1),
        true,
        [String(field.maxItems)],
      ],
    ]);
  }

  if (field.maxSize !== undefined) {
    const file = (size: number) =>
      new File([new Uint8Array(size)], "f.png", { type: "image/png" });
    add(`maxSize ${field.maxSize}`, { maxSize: undefined }, [
      [`${field.maxSize} bytes`, file(field.maxSize), false],
      [`${field.maxSize + 1} bytes`, file(field.maxSize + 1), true],
    ]);
  }

  return cases;
}

function relationCases(meta: EntityMeta, relation: RelationMeta): Case[] {
  if (!relation.required) return [];
  const without = {
    ...meta,
    relations: meta.relations.map((r) =>
      r.name === relation.name ? { ...r, required: false } : r,
    ),
  };
  const at = `${meta.name}.${relation.name}: required`;
  return [
    [`${at} accepts a row`, baseRelation(relation), false],
    [`${at} refuses a blank`, relation.many ? [] : null, true],
  ].map(([name, value, refused]) => ({
    name: String(name),
    meta,
    without,
    values: { [relation.name]: value },
    field: relation.name,
    refused: refused === true,
    names: refused === true ? [REQUIRED] : undefined,
  }));
}

/** A lower and a higher value of the kind: [low, high]. */
function ordered(field: FieldMeta | undefined): [unknown, unknown] {
  switch (field?.kind) {
    case "integer":
    case "big_integer":
    case "float":
    case "decimal": {
      const low = numberIn(field);
      return [String(low), String(low + 1)];
    }
    case "date":
      return ["2025-01-01", "2025-01-02"];
    case "datetime":
      return ["2025-01-01T09:00:00+00:00", "2025-01-01T10:00:00+00:00"];
    case "time":
      return ["09:00:00", "10:00:00"];
    case "duration":
      return ["01:00:00", "02:00:00"];
    case "boolean":
      return [false, true];
    default:
      return ["a", "b"];
  }
}

/** The values just below and just above a rule's constant, by the kind. */
function around(
  field: FieldMeta | undefined,
  value: unknown,
): [unknown, unknown] {
  if (typeof value === "number") return [String(value - 1), String(value + 1)];
  if (typeof value === "boolean") return [false, true];
  if (field?.kind === "date") {
    const day = (offset: number) =>
      new Date(Date.parse(`${String(value)}T00:00:00Z`) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
    return [day(-1), day(1)];
  }
  return ordered(field);
}

/** Which comparisons (-1, 0, 1 for <, ==, >) each operator lets through. */
const HOLDS: Record<Operator, number[]> = {
  "<": [-1],
  "<=": [-1, 0],
  "==": [0],
  "!=": [-1, 1],
  ">=": [0, 1],
  ">": [1],
};

function ruleCases(meta: EntityMeta, rule: RuleMeta, index: number): Case[] {
  const without = { ...meta, rules: meta.rules.filter((_, i) => i !== index) };
  const left = meta.fields.find((f) => f.name === rule.left);
  const right = rule.right;
  const title = `${meta.name}: ${rule.left} ${rule.op} ${right ?? JSON.stringify(rule.value)}`;
  const [low, high] =
    right === undefined ? around(left, rule.value) : ordered(left);
  const constant =
    typeof rule.value === "number" ? String(rule.value) : rule.value;
  const pairs: [unknown, unknown, number][] =
    right === undefined
      ? [
          [low, constant, -1],
          [constant, constant, 0],
          [high, constant, 1],
        ]
      : [
          [low, high, -1],
          [low, low, 0],
          [high, low, 1],
        ];
  const cases: Case[] = pairs.map(([l, r, comparison]) => {
    const refused = !HOLDS[rule.op].includes(comparison);
    const shown =
      right === undefined
        ? `${rule.left} = ${String(l)}`
        : `${rule.left} = ${String(l)}, ${right} = ${String(r)}`;
    return {
      name: `${title} ${refused ? "refuses" : "accepts"} ${shown}`,
      meta,
      without,
      values:
        right === undefined
          ? { [rule.left]: l }
          : { [rule.left]: l, [right]: r },
      field: rule.left,
      refused,
      names: refused ? [rule.message] : undefined,
    };
  });
  // Blank on either side, the other side low and high: the rule is skipped.
  const blanks: [string, Values][] =
    right === undefined
      ? [[rule.left, { [rule.left]: null }]]
      : [low, high].flatMap((set): [string, Values][] => [
          [
            `${right} with ${rule.left} = ${String(set)}`,
            { [rule.left]: set, [right]: null },
          ],
          [
            `${rule.left} with ${right} = ${String(set)}`,
            { [rule.left]: null, [right]: set },
          ],
        ]);
  for (const [blank, values] of blanks)
    cases.push({
      name: `${title} accepts a blank ${blank} (null-safe)`,
      meta,
      without,
      values,
      field: rule.left,
      refused: false,
    });
  return cases;
}

function casesOf(meta: EntityMeta): Case[] {
  return [
    ...writable(meta.fields).flatMap((f) => fieldCases(meta, f)),
    ...writable(meta.relations).flatMap((r) => relationCases(meta, r)),
    ...meta.rules.flatMap((rule, index) => ruleCases(meta, rule, index)),
  ];
}

// Tests --------------------------------------------------------------------

function messagesOf(meta: EntityMeta, c: Case): string[] {
  const result = schemaFor(meta, c.row).safeParse({
    ...baseline(c.meta),
    ...c.values,
  });
  return result.success
    ? []
    : (fieldErrors(result.error.issues)[c.field] ?? []);
}

const metas = Object.values(entities).map(({ meta }) => meta);

// Also the file's one test when no entity has screens (every entity api: none).
test("the registry names each entity as its metadata does", () => {
  for (const [name, { meta }] of Object.entries(entities))
    expect(meta.name).toBe(name);
});

describe.each(metas.map((meta) => [meta.name, meta] as const))(
  "%s",
  (_, meta) => {
    test("a form value built from the metadata passes", () => {
      const result = schemaFor(meta).safeParse(baseline(meta));
      expect(result.success ? {} : fieldErrors(result.error.issues)).toEqual(
        {},
      );
    });

    test.each(casesOf(meta).map((c) => [c.name, c] as const))("%s", (_, c) => {
      const before = messagesOf(c.without, c);
      const added = messagesOf(c.meta, c).filter((m) => !before.includes(m));
      if (!c.refused) {
        expect(added).toEqual([]);
        return;
      }
      expect(added).not.toEqual([]);
      for (const name of c.names ?? []) expect(added.join(" ")).toContain(name);
    });
  },
);
