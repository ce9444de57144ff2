"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import type { EntityMeta } from "@/lib/entity";
import { useSubmit } from "@/lib/use-submit";

/** Delete a row after a confirmation, then go back to the list. */
export function DeleteButton({
  meta,
  id,
  name,
  remove,
}: {
  meta: EntityMeta;
  id: number;
  /** How the row shows: "Write the report". */
  name: string;
  remove: (id: number) => Promise<void>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { busy, error, run } = useSubmit([]);
  const label = meta.label.toLowerCase();

  async function confirm() {
    if (await run(() => remove(id))) {
      setOpen(false);
      router.push(`/${meta.path}`);
    }
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Dialog
        open={open}
        title={`Delete this ${label}?`}
        confirmLabel={`Delete ${label}`}
        danger
        busy={busy}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      >
        <p>“{name}” will be deleted. This cannot be undone from here.</p>
        {error ? <Alert>{error.message}</Alert> : null}
      </Dialog>
    </>
  );
}
