"use client";

import { useId, useState } from "react";

import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Combobox } from "@/components/widgets/Combobox";
import { useRelationSearch } from "@/components/widgets/relation-search";
import { localToIso } from "@/lib/datetime";
import type { EntityMeta, ListQuery, Ref } from "@/lib/entity";

import styles from "./Entity.module.css";
import {
  compact,
  filterKind,
  filterParams,
  type FilterParam,
} from "./list-query";

function RelationFilter({ filter, id }: { filter: FilterParam; id: string }) {
  const search = useRelationSearch(filter.relation?.to ?? "");
  const [chosen, setChosen] = useState<Ref | null>(null);
  return (
    <>
      <Combobox
        selected={chosen?.display ?? ""}
        search={search}
        onSelect={setChosen}
        onClear={() => setChosen(null)}
        inputProps={{ id }}
      />
      <input type="hidden" name={filter.param} value={chosen?.id ?? ""} />
    </>
  );
}

function FilterInput({ filter, id }: { filter: FilterParam; id: string }) {
  const kind = filterKind(filter);
  const common = { id, name: filter.param };
  switch (kind) {
    case "relation":
      return <RelationFilter filter={filter} id={id} />;
    case "choice":
      return (
        <select {...common} defaultValue="">
          <option value="">Any</option>
          {filter.field?.choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      );
    case "boolean":
      return (
        <select {...common} defaultValue="">
          <option value="">Any</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      );
    case "integer":
    case "big_integer":
    case "float":
    case "decimal":
      return <input {...common} type="number" step="any" />;
    case "date":
      return <input {...common} type="date" />;
    case "datetime":
      return <input {...common} type="datetime-local" />;
    case "time":
      return <input {...common} type="time" step={1} />;
    default:
      return <input {...common} type="text" />;
  }
}

/** The list's search box, filters and order, applied together. */
export function ListFilters({
  meta,
  onApply,
}: {
  meta: EntityMeta;
  onApply: (query: ListQuery) => void;
}) {
  const prefix = useId();
  const filters = filterParams(meta);
  const datetimes = new Set(
    filters.filter((f) => filterKind(f) === "datetime").map((f) => f.param),
  );
  const label = (name: string) =>
    meta.fields.find((f) => f.name === name)?.label ?? name;
  if (!meta.search.length && !filters.length && !meta.ordering.length)
    return null;
  return (
    <form
      role="search"
      aria-label={`Find ${meta.labelPlural.toLowerCase()}`}
      className={styles.filters}
      onSubmit={(event) => {
        event.preventDefault();
        const query: ListQuery = {};
        new FormData(event.currentTarget).forEach((value, key) => {
          const text = String(value).trim();
          query[key] = datetimes.has(key) ? localToIso(text) : text;
        });
        onApply(compact(query));
      }}
    >
      {meta.search.length ? (
        <Field id={`${prefix}-search`} label="Search">
          <input id={`${prefix}-search`} name="search" type="search" />
        </Field>
      ) : null}
      {filters.map((filter) => (
        <Field
          key={filter.param}
          id={`${prefix}-${filter.param}`}
          label={filter.label}
        >
          <FilterInput filter={filter} id={`${prefix}-${filter.param}`} />
        </Field>
      ))}
      {meta.ordering.length ? (
        <Field id={`${prefix}-ordering`} label="Order by">
          <select id={`${prefix}-ordering`} name="ordering" defaultValue="">
            <option value="">Default</option>
            {meta.ordering.flatMap((name) => [
              <option key={name} value={name}>
                {label(name)}, ascending
              </option>,
              <option key={`-${name}`} value={`-${name}`}>
                {label(name)}, descending
              </option>,
            ])}
          </select>
        </Field>
      ) : null}
      <Button type="submit" variant="primary">
        Apply
      </Button>
    </form>
  );
}
