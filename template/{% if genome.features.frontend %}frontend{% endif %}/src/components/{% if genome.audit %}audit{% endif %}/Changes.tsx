import { NONE } from "@/lib/display";

/** A value of the audit log's changes, as text. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Each changed field: old → new. */
export function Changes({ changes }: { changes: Record<string, unknown> }) {
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="muted">{NONE}</span>;
  return (
    <dl>
      {entries.map(([field, change]) => (
        <div key={field}>
          <dt>{field}</dt>
          <dd>
            {Array.isArray(change) && change.length === 2
              ? `${show(change[0])} → ${show(change[1])}`
              : show(change)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
