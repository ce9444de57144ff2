/**
 * What the screens know about an entity: its fields, relations, rules and who may
 * do what. Each entity's module under src/generated/entities/ declares one
 * EntityMeta from the genome; the list, detail and form screens render from it.
 */

/** The genome's field types (docs/genome.md, "Field types"). */
export type FieldKind =
  | "string"
  | "text"
  | "slug"
  | "email"
  | "url"
  | "uuid"
  | "ip_address"
  | "integer"
  | "big_integer"
  | "decimal"
  | "float"
  | "boolean"
  | "date"
  | "datetime"
  | "time"
  | "duration"
  | "choice"
  | "list"
  | "json"
  | "file"
  | "image";

export type Action = "list" | "retrieve" | "create" | "update" | "delete";

/** A role that may take an action: on every row, or only on the rows it owns. */
export interface Grant {
  role: string;
  own: boolean;
}

export interface Choice {
  value: string;
  label: string;
}

export interface FieldMeta {
  name: string;
  /** The field's verbose name, capitalised: "Due at". */
  label: string;
  kind: FieldKind;
  help: string;
  /** A create must send it: required, without a default. */
  required: boolean;
  /** Set by the server (read_only, auto): shown, never sent. */
  readOnly: boolean;
  /** The value a new row's form starts with, as the API writes it; null for none. */
  default: unknown;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole value matches (Python syntax the genome gave). */
  pattern?: string;
  /** Bounds of a number (integer, float or decimal). */
  min?: number;
  max?: number;
  maxDigits?: number;
  decimalPlaces?: number;
  /** ip_address: "both", "IPv4" or "IPv6". */
  protocol?: string;
  choices?: Choice[];
  /** A choice's next values: value -> allowed next values; absent for any. */
  transitions?: Record<string, string[]>;
  /** list: the kind of each item, and the list's size. */
  of?: FieldKind;
  maxItems?: number;
  /** file and image: the largest upload, in bytes. */
  maxSize?: number;
  /** The roles that read it; absent when every role does. */
  visibleTo?: string[];
}

export interface RelationMeta {
  name: string;
  label: string;
  help: string;
  /** The related entity's name ("Project"), or "User" for a workspace member. */
  to: string;
  /** many_to_many: a list of ids. */
  many: boolean;
  required: boolean;
  /** Filled by the server (default: current_user): shown, never sent. */
  readOnly: boolean;
}

export type Operator = "<" | "<=" | "==" | "!=" | ">=" | ">";

/** A comparison every row passes (the genome's rules): `left op right` or `left op value`. */
export interface RuleMeta {
  left: string;
  op: Operator;
  right?: string;
  value?: string | number | boolean;
  message: string;
}

export interface FilterMeta {
  /** The field or relation filtered on. */
  name: string;
  /** The query parameters it accepts: "priority", "priority__gte", ... */
  params: string[];
}

export interface EntityMeta {
  name: string;
  label: string;
  labelPlural: string;
  description: string;
  /** The screens' path segment ("tasks": /tasks, /tasks/new, /tasks/12). */
  path: string;
  /** The field the entity shows as, in lists and relation pickers. */
  display: string;
  /** False for read-only entities: no create, edit or delete. */
  writable: boolean;
  fields: FieldMeta[];
  relations: RelationMeta[];
  rules: RuleMeta[];
  /** Fields the list's search box searches; empty for no search box. */
  search: string[];
  /** Fields the list can order by, and its default order ("-priority"). */
  ordering: string[];
  defaultOrdering: string[];
  filters: FilterMeta[];
  /** The relation naming the row's owner, for `own` grants; null for none. */
  owner: string | null;
  permissions: Record<Action, Grant[]>;
}

/** A page of rows, as the API lists them. */
export interface Page<Row> {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: Row[];
}

/** The parameters a list request takes: page, search, ordering and filters. */
export type ListQuery = Record<string, string | number | boolean | undefined>;

/**
 * The entity's endpoints, bound to the typed client by its generated module so that
 * a change of the API's schema fails the type check there.
 */
export interface EntityApi<Row, Input> {
  list(query: ListQuery): Promise<Page<Row>>;
  retrieve(id: number): Promise<Row>;
  create(input: Input): Promise<Row>;
  update(id: number, input: Partial<Input>): Promise<Row>;
  remove(id: number): Promise<void>;
}

/** The endpoints of a read-only entity (api: read_only): list and retrieve. */
export type ReadApi<Row> = Pick<EntityApi<Row, never>, "list" | "retrieve">;

/** Any entity's row as the screens read it: by field name. */
export type AnyRow = { id: number } & Record<string, unknown>;

/** Any entity's write body as the form builds it from the metadata. */
export type AnyInput = Record<string, unknown>;

/** An entity of the registry (src/generated/entities/index.ts): its metadata and endpoints. */
export interface EntityEntry {
  meta: EntityMeta;
  api: ReadApi<AnyRow>;
}

/** A related row as the API reads it. */
export interface Ref {
  id: number;
  display: string;
}

export function isRef(value: unknown): value is Ref {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { id?: unknown }).id === "number"
  );
}
