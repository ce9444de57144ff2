/**
 * Comparing two form values of one field kind, for the genome's rules
 * (`starts_on <= due_on`, `quantity > 0`).
 */
import { compareDecimal } from "./decimal";
import { parseDuration } from "./duration";
import type { FieldKind, Operator } from "./entity";

const order = (a: number | string, b: number | string) =>
  a < b ? -1 : a > b ? 1 : 0;

const number = (value: unknown): number | null => {
  const n = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isFinite(n) ? n : null;
};

const time = (value: unknown): string =>
  /^\d\d:\d\d$/.test(String(value)) ? `${String(value)}:00` : String(value);

/** -1, 0 or 1; null when a value cannot be read as the kind says. */
export function compareValues(
  kind: FieldKind,
  a: unknown,
  b: unknown,
): number | null {
  switch (kind) {
    case "integer":
    case "big_integer":
    case "float": {
      const x = number(a);
      const y = number(b);
      return x === null || y === null ? null : order(x, y);
    }
    case "decimal":
      return compareDecimal(String(a), String(b));
    case "datetime": {
      const x = Date.parse(String(a));
      const y = Date.parse(String(b));
      return Number.isNaN(x) || Number.isNaN(y) ? null : order(x, y);
    }
    case "duration": {
      const x = parseDuration(String(a));
      const y = parseDuration(String(b));
      return x === null || y === null ? null : order(x, y);
    }
    case "time":
      return order(time(a), time(b));
    case "boolean":
      return order(
        Number(a === true || a === "true"),
        Number(b === true || b === "true"),
      );
    default:
      return order(String(a), String(b));
  }
}

/** Whether `comparison` (of compareValues) satisfies the operator. */
export function satisfies(op: Operator, comparison: number): boolean {
  switch (op) {
    case "<":
      return comparison < 0;
    case "<=":
      return comparison <= 0;
    case "==":
      return comparison === 0;
    case "!=":
      return comparison !== 0;
    case ">=":
      return comparison >= 0;
    case ">":
      return comparison > 0;
  }
}
