import Link from "next/link";

import { entities } from "@/generated/entities";
import { displayRelation, displayValue } from "@/lib/display";
import {
  isRef,
  type FieldMeta,
  type Ref,
  type RelationMeta,
} from "@/lib/entity";
import { fileName } from "@/lib/format";

import styles from "./Entity.module.css";

/** A field's value as people read it; a stored file as its download link. */
export function FieldValue({
  field,
  value,
}: {
  field: FieldMeta;
  value: unknown;
}) {
  if ((field.kind === "file" || field.kind === "image") && value)
    return (
      <a href={String(value)} target="_blank" rel="noreferrer">
        {fileName(String(value))}
      </a>
    );
  if (field.kind === "json" && value !== null && value !== undefined)
    return <pre className={styles.json}>{JSON.stringify(value, null, 2)}</pre>;
  return <>{displayValue(field, value)}</>;
}

function RefLink({ to, value }: { to: string; value: Ref }) {
  const path = entities[to]?.meta.path;
  return path ? (
    <Link href={`/${path}/${value.id}`}>{value.display}</Link>
  ) : (
    <>{value.display}</>
  );
}

/** A relation's value: each related row a link to its detail (members as text). */
export function RelationValue({
  relation,
  value,
}: {
  relation: RelationMeta;
  value: unknown;
}) {
  const refs = (Array.isArray(value) ? value : [value]).filter(isRef);
  if (!refs.length) return <>{displayRelation(value)}</>;
  return (
    <>
      {refs.map((ref, index) => (
        <span key={ref.id}>
          {index ? ", " : null}
          <RefLink to={relation.to} value={ref} />
        </span>
      ))}
    </>
  );
}
