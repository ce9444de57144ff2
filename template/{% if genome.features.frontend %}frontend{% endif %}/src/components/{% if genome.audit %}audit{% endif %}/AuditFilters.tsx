"use client";

import type { FormEvent } from "react";

import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { type AuditQuery, auditActions } from "@/lib/audit";
import { humanize } from "@/lib/format";
import { text } from "@/lib/form-data";

import styles from "./Audit.module.css";

const OBJECT_TYPE_HELP = "app.model, such as tasks.task";

function isAction(value: string): value is (typeof auditActions)[number] {
  return (auditActions as readonly string[]).includes(value);
}

/** A date input's day as the start of that day in the user's time zone, ISO. */
function startOf(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}

/** The log's filters: action, object type and a range of days. */
export function AuditFilters({
  onApply,
}: {
  onApply(query: AuditQuery): void;
}) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const action = text(data, "action");
    const until = text(data, "until");
    const dayAfter = until
      ? new Date(new Date(`${until}T00:00:00`).getTime() + 86_400_000)
      : null;
    onApply({
      action: isAction(action) ? action : undefined,
      object_type: text(data, "object_type").trim() || undefined,
      created_after: startOf(text(data, "since")),
      created_before: dayAfter?.toISOString(),
    });
  }

  return (
    <form className={styles.filters} onSubmit={onSubmit} aria-label="Filters">
      <Field id="audit-action" label="Action">
        <select id="audit-action" name="action" defaultValue="">
          <option value="">Any</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {humanize(action)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-object-type" label="Object type" help={OBJECT_TYPE_HELP}>
        <input
          {...controlProps("audit-object-type", undefined, OBJECT_TYPE_HELP)}
          name="object_type"
        />
      </Field>
      <Field id="audit-since" label="From">
        <input id="audit-since" name="since" type="date" />
      </Field>
      <Field id="audit-until" label="Until">
        <input id="audit-until" name="until" type="date" />
      </Field>
      <Button type="submit" variant="primary">
        Filter
      </Button>
    </form>
  );
}
