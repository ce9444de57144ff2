"use client";

import Link from "next/link";
import { useCallback } from "react";

import { buttonClass } from "@/components/ui/Button";
import type {
  AnyInput,
  AnyRow,
  EntityApi,
  EntityMeta,
  ReadApi,
} from "@/lib/entity";
import { rowDisplay } from "@/lib/display";
import { allowed, visibleFields } from "@/lib/permissions";
import { useSession } from "@/lib/session";
import { useLoad } from "@/lib/use-load";

import { DeleteButton } from "./DeleteButton";
import styles from "./Entity.module.css";
import { RowPending } from "./RowPending";
import { FieldValue, RelationValue } from "./ValueView";

/** One row: the fields the role reads, relations as links, Edit and Delete when allowed. */
export function EntityDetail({
  meta,
  api,
  id,
}: {
  meta: EntityMeta;
  /** A read-only entity's api has no remove: no Delete. */
  api: ReadApi<AnyRow> & Partial<Pick<EntityApi<AnyRow, AnyInput>, "remove">>;
  id: number;
}) {
  const { user, membership } = useSession();
  const role = membership?.role;
  const load = useCallback(() => api.retrieve(id), [api, id]);
  const { loaded, reload } = useLoad(load);
  const label = meta.label.toLowerCase();

  if (loaded.state !== "ready")
    return <RowPending loaded={loaded} label={label} retry={reload} />;

  const row = loaded.data;
  const name = rowDisplay(meta, row);
  const fields = visibleFields(meta, role).filter((f) => f.name in row);
  const relations = meta.relations.filter((r) => r.name in row);
  const canEdit = allowed(meta, "update", role, row, user.id);
  const remove = allowed(meta, "delete", role, row, user.id)
    ? api.remove
    : undefined;

  return (
    <article>
      <nav aria-label="Breadcrumb">
        <Link href={`/${meta.path}`}>{meta.labelPlural}</Link>
      </nav>
      <header className={styles.header}>
        <h1>{name}</h1>
        {canEdit ? (
          <Link className={buttonClass()} href={`/${meta.path}/${row.id}/edit`}>
            Edit
          </Link>
        ) : null}
        {remove ? (
          <DeleteButton meta={meta} id={row.id} name={name} remove={remove} />
        ) : null}
      </header>
      <dl className={styles.values}>
        {fields.map((field) => (
          <div key={field.name}>
            <dt>{field.label}</dt>
            <dd>
              <FieldValue field={field} value={row[field.name]} />
            </dd>
          </div>
        ))}
        {relations.map((relation) => (
          <div key={relation.name}>
            <dt>{relation.label}</dt>
            <dd>
              <RelationValue relation={relation} value={row[relation.name]} />
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
