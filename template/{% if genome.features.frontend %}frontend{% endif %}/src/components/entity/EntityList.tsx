"use client";

import Link from "next/link";
import { useCallback, useState } from "react";

import { buttonClass } from "@/components/ui/Button";
import { LoadFailed } from "@/components/ui/LoadFailed";
import { Pager } from "@/components/ui/Pager";
import { Spinner } from "@/components/ui/Spinner";
import { rowDisplay } from "@/lib/display";
import type { AnyRow, EntityMeta, ListQuery, ReadApi } from "@/lib/entity";
import { allowed, visibleFields } from "@/lib/permissions";
import { useSession } from "@/lib/session";
import { useLoad } from "@/lib/use-load";

import styles from "./Entity.module.css";
import { ListFilters } from "./ListFilters";
import { FieldValue } from "./ValueView";

const PAGE_SIZE = 25;
const COLUMNS = 5;
const HIDDEN_IN_LISTS = new Set(["text", "json", "file", "image", "list"]);

/** An entity's rows, a page at a time, with its search, filters and orders. */
export function EntityList({
  meta,
  api,
}: {
  meta: EntityMeta;
  api: ReadApi<AnyRow>;
}) {
  const role = useSession().membership?.role;
  const [query, setQuery] = useState<ListQuery>({});
  const [page, setPage] = useState(1);
  const load = useCallback(
    () => api.list({ ...query, page, page_size: PAGE_SIZE }),
    [api, query, page],
  );
  const { loaded, reload } = useLoad(load);
  const data = loaded.state === "failed" ? undefined : loaded.data;

  const fields = visibleFields(meta, role);
  const display = fields.find((f) => f.name === meta.display);
  const columns = [
    ...(display ? [display] : []),
    ...fields.filter((f) => f !== display && !HIDDEN_IN_LISTS.has(f.kind)),
  ].slice(0, COLUMNS);
  const pages = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1;
  const filtered = Object.keys(query).length > 0;
  const plural = meta.labelPlural.toLowerCase();

  return (
    <section>
      <header className={styles.header}>
        <h1>{meta.labelPlural}</h1>
        {allowed(meta, "create", role) ? (
          <Link className={buttonClass("primary")} href={`/${meta.path}/new`}>
            New {meta.label.toLowerCase()}
          </Link>
        ) : null}
      </header>
      {meta.description ? <p className="muted">{meta.description}</p> : null}
      <ListFilters
        meta={meta}
        onApply={(next) => {
          setQuery(next);
          setPage(1);
        }}
      />
      {loaded.state === "failed" ? (
        <LoadFailed
          what={`The ${plural}`}
          error={loaded.error}
          retry={reload}
        />
      ) : null}
      {loaded.state === "loading" ? (
        <Spinner label={`Loading the ${plural}…`} />
      ) : null}
      {loaded.state === "ready" && data?.results.length === 0 ? (
        <p className="muted">
          {filtered ? `No ${plural} match.` : `No ${plural} yet.`}
        </p>
      ) : null}
      {data && data.results.length > 0 ? (
        <table aria-busy={loaded.state === "loading"}>
          <caption className="visually-hidden">
            {meta.labelPlural}, {data.count} in all
          </caption>
          <thead>
            <tr>
              {display ? null : <th scope="col">{meta.label}</th>}
              {columns.map((f) => (
                <th key={f.name} scope="col">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.results.map((row) => (
              <tr key={row.id}>
                {display ? null : (
                  <td>
                    <Link href={`/${meta.path}/${row.id}`}>
                      {rowDisplay(meta, row)}
                    </Link>
                  </td>
                )}
                {columns.map((f) => (
                  <td key={f.name}>
                    {f === display ? (
                      <Link href={`/${meta.path}/${row.id}`}>
                        {rowDisplay(meta, row)}
                      </Link>
                    ) : (
                      <FieldValue field={f} value={row[f.name]} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager
        page={page}
        pages={pages}
        label={meta.labelPlural}
        onPage={setPage}
      />
    </section>
  );
}
