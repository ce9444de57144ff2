/**
 * An entity form's values, from a row or the genome's defaults, and the request
 * body they make: everything set on a create, only what changed on an update.
 */
import { isBlank } from "./blank";
import {
  isRef,
  type EntityMeta,
  type FieldKind,
  type FieldMeta,
  type RelationMeta,
} from "./entity";

export type FormValues = Record<string, unknown>;

const TEXT_BLANK: FieldKind[] = [
  "string",
  "text",
  "slug",
  "email",
  "url",
  "choice",
];

function emptyOf(kind: FieldKind): unknown {
  if (kind === "boolean") return false;
  if (kind === "list") return [];
  if (kind === "file" || kind === "image") return null;
  return "";
}

/** A value as the API reads it, as its widget holds it. */
function formValue(kind: FieldKind, value: unknown): unknown {
  if (value === null || value === undefined) return emptyOf(kind);
  switch (kind) {
    case "boolean":
      return value === true;
    case "list":
      return Array.isArray(value) ? [...(value as unknown[])] : [];
    case "json":
      return JSON.stringify(value, null, 2);
    case "file":
    case "image":
      return value;
    default:
      return String(value);
  }
}

/** The form's starting values: the row's, else each field's default. */
export function initialValues(
  meta: EntityMeta,
  row?: Record<string, unknown>,
): FormValues {
  const values: FormValues = {};
  for (const field of meta.fields)
    values[field.name] = formValue(
      field.kind,
      row ? row[field.name] : field.default,
    );
  for (const relation of meta.relations)
    values[relation.name] = row?.[relation.name] ?? (relation.many ? [] : null);
  return values;
}

function fieldBody(kind: FieldKind, value: unknown): unknown {
  if (isBlank(value)) {
    if (kind === "list") return [];
    return TEXT_BLANK.includes(kind) ? "" : null;
  }
  switch (kind) {
    case "integer":
    case "big_integer":
    case "float":
      return Number(value);
    case "json":
      return typeof value === "string" ? JSON.parse(value) : value;
    case "string":
    case "slug":
    case "email":
    case "url":
    case "uuid":
    case "ip_address":
    case "decimal":
      return typeof value === "string" ? value.trim() : value;
    default:
      return value;
  }
}

const idOf = (value: unknown): unknown => (isRef(value) ? value.id : value);

function relationBody(relation: RelationMeta, value: unknown): unknown {
  if (relation.many) return Array.isArray(value) ? value.map(idOf) : [];
  return isBlank(value) ? null : idOf(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof File || b instanceof File) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The body to send: on a create (no `initial`) every writable value that is set,
 * on an update only the writable values that differ from `initial`.
 */
export function toBody(
  fields: FieldMeta[],
  relations: RelationMeta[],
  values: FormValues,
  initial?: FormValues,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const include = (name: string) =>
    initial ? !same(values[name], initial[name]) : !isBlank(values[name]);
  for (const field of fields)
    if (!field.readOnly && include(field.name))
      body[field.name] = fieldBody(field.kind, values[field.name]);
  for (const relation of relations)
    if (!relation.readOnly && include(relation.name))
      body[relation.name] = relationBody(relation, values[relation.name]);
  return body;
}

/** Whether the body holds a file to upload (then it goes as multipart). */
export function hasFile(body: Record<string, unknown>): boolean {
  return Object.values(body).some((value) => value instanceof File);
}

/** The body as multipart form data, as DRF's parsers read it. */
export function toFormData(
  fields: FieldMeta[],
  body: Record<string, unknown>,
): FormData {
  const data = new FormData();
  const kinds = new Map(fields.map((f) => [f.name, f.kind]));
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof File) data.append(name, value);
    else if (kinds.get(name) === "json")
      data.append(name, JSON.stringify(value));
    else if (Array.isArray(value))
      for (const item of value) data.append(name, String(item));
    else data.append(name, value === null ? "" : String(value));
  }
  return data;
}
