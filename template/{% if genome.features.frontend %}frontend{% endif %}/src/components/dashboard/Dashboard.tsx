"use client";

import { entities } from "@/generated/entities";
import { useSession } from "@/lib/session";

import styles from "./Dashboard.module.css";
import { EntityCount } from "./EntityCount";

/** The workspace at a glance: each entity's count. */
export function Dashboard() {
  const { membership } = useSession();
  return (
    <>
      <h1>{membership?.workspace.name ?? "Dashboard"}</h1>
      <ul className={styles.grid} aria-label="Counts">
        {Object.values(entities).map(({ meta, api }) => (
          <EntityCount key={meta.name} meta={meta} api={api} />
        ))}
      </ul>
    </>
  );
}
