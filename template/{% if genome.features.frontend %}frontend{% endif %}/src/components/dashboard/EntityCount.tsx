"use client";

import Link from "next/link";
import { useCallback } from "react";

import { Spinner } from "@/components/ui/Spinner";
import { describeError } from "@/lib/errors";
import type { EntityEntry } from "@/lib/entity";
import { useLoad } from "@/lib/use-load";

import styles from "./Dashboard.module.css";

/** How many rows an entity has in the workspace, linking to its list. */
export function EntityCount({ meta, api }: EntityEntry) {
  const load = useCallback(() => api.list({ page_size: 1 }), [api]);
  const { loaded } = useLoad(load);

  return (
    <li className={styles.card}>
      <Link href={`/${meta.path}`} className={styles.link}>
        {meta.labelPlural}
      </Link>
      {loaded.state === "loading" ? <Spinner label="Counting…" /> : null}
      {loaded.state === "ready" ? (
        <p className={styles.count}>{loaded.data.count}</p>
      ) : null}
      {loaded.state === "failed" ? (
        <p className={styles.failed}>{describeError(loaded.error)}</p>
      ) : null}
    </li>
  );
}
