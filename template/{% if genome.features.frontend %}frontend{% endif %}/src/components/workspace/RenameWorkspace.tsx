"use client";

import type { FormEvent } from "react";
import { useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { client, unwrap } from "@/lib/api";
import { text } from "@/lib/form-data";
import { useSession } from "@/lib/session";
import { useSubmit } from "@/lib/use-submit";

/** The workspace's name; its managers change it. */
export function RenameWorkspace({
  workspace,
  canManage,
}: {
  workspace: { id: number; name: string };
  canManage: boolean;
}) {
  const { reload } = useSession();
  const { busy, error, run, fieldError } = useSubmit(["name"]);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = text(new FormData(event.currentTarget), "name");
    setSaved(false);
    const renamed = await run(async () => {
      await unwrap(
        client.PATCH("/api/v1/workspaces/{id}/", {
          params: { path: { id: workspace.id } },
          body: { name },
        }),
      );
    });
    if (renamed) {
      setSaved(true);
      await reload();
    }
  }

  return (
    <section className="card" aria-labelledby="workspace-name-heading">
      <h2 id="workspace-name-heading">Name</h2>
      {!canManage ? (
        <p>{workspace.name}</p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          {error ? <Alert>{error.message}</Alert> : null}
          {saved ? (
            <Alert tone="success">The workspace is renamed.</Alert>
          ) : null}
          <Field
            id="workspace-name"
            label="Workspace name"
            errors={fieldError("name")}
            required
          >
            <input
              {...controlProps("workspace-name", fieldError("name"))}
              name="name"
              defaultValue={workspace.name}
              maxLength={150}
              required
            />
          </Field>
          <Button type="submit" variant="primary" busy={busy}>
            Rename
          </Button>
        </form>
      )}
    </section>
  );
}
