"use client";

import { useCallback, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { LoadFailed } from "@/components/ui/LoadFailed";
import { Pager } from "@/components/ui/Pager";
import { Spinner } from "@/components/ui/Spinner";
import { type AuditQuery, listAudit } from "@/lib/audit";
import { NONE } from "@/lib/display";
import { formatDateTime, humanize } from "@/lib/format";
import { isManager } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useLoad } from "@/lib/use-load";

import styles from "./Audit.module.css";
import { AuditFilters } from "./AuditFilters";
import { Changes } from "./Changes";

const PAGE_SIZE = 50;

function Entries({
  query,
  onPage,
}: {
  query: AuditQuery;
  onPage(page: number): void;
}) {
  const load = useCallback(
    () => listAudit({ ...query, page_size: PAGE_SIZE }),
    [query],
  );
  const { loaded, reload } = useLoad(load);

  if (loaded.state === "loading") return <Spinner label="Loading the log…" />;
  if (loaded.state === "failed") {
    return (
      <LoadFailed what="The audit log" error={loaded.error} retry={reload} />
    );
  }
  const { count, results } = loaded.data;
  if (results.length === 0) return <p className="muted">No entries.</p>;
  const page = query.page ?? 1;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Object</th>
            <th scope="col">Changes</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {results.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.created_at)}</td>
              <td>{entry.actor?.display ?? "System"}</td>
              <td>{humanize(entry.action)}</td>
              <td>
                {entry.object_type} #{entry.object_id}
              </td>
              <td>
                <Changes changes={entry.changes} />
              </td>
              <td>{entry.ip ?? NONE}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pages={pages} label="Audit log" onPage={onPage} />
    </>
  );
}

/** Who changed what in the tab's workspace, newest first, for its managers. */
export function AuditLog() {
  const { membership } = useSession();
  const [query, setQuery] = useState<AuditQuery>({});

  return (
    <>
      <h1>Audit log</h1>
      {isManager(membership?.role) ? (
        <>
          <AuditFilters onApply={setQuery} />
          <Entries
            key={JSON.stringify(query)}
            query={query}
            onPage={(page) => setQuery({ ...query, page })}
          />
        </>
      ) : (
        <Alert tone="info">
          Only the workspace&apos;s managers read its audit log.
        </Alert>
      )}
    </>
  );
}
