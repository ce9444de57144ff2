/** The list screen's query: its filters' labels and inputs, from the metadata. */
import type {
  EntityMeta,
  FieldKind,
  FieldMeta,
  ListQuery,
  RelationMeta,
} from "@/lib/entity";

const LOOKUPS: Record<string, string> = {
  gte: "from",
  lte: "to",
  gt: "after",
  lt: "before",
  icontains: "contains",
  contains: "contains",
  in: "in",
};

export interface FilterParam {
  param: string;
  label: string;
  field?: FieldMeta;
  relation?: RelationMeta;
}

/** Each filter parameter with its label ("Priority from") and what it filters. */
export function filterParams(meta: EntityMeta): FilterParam[] {
  return meta.filters.flatMap((filter) => {
    const field = meta.fields.find((f) => f.name === filter.name);
    const relation = meta.relations.find((r) => r.name === filter.name);
    const label = field?.label ?? relation?.label ?? filter.name;
    return filter.params.map((param) => {
      const lookup = param.slice(filter.name.length + 2);
      const suffix = lookup ? ` ${LOOKUPS[lookup] ?? lookup}` : "";
      return { param, label: `${label}${suffix}`, field, relation };
    });
  });
}

/** The kind a filter's input takes: a date range takes dates, and so on. */
export function filterKind(filter: FilterParam): FieldKind | "relation" {
  if (filter.relation) return "relation";
  return filter.field?.kind ?? "string";
}

/** The query minus its empty members. */
export function compact(query: ListQuery): ListQuery {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && value !== "",
    ),
  );
}
