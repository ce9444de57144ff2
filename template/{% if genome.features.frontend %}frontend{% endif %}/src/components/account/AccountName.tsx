"use client";

import { type FormEvent, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { client, unwrap } from "@/lib/api";
import { text } from "@/lib/form-data";
import { useSession } from "@/lib/session";
import { useSubmit } from "@/lib/use-submit";

/** The user's names; the email has no form here. */
export function AccountName() {
  const { user, reload } = useSession();
  const { busy, error, run, fieldError } = useSubmit([
    "first_name",
    "last_name",
  ]);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    const changed = await run(async () => {
      await unwrap(
        client.PATCH("/api/v1/auth/me/", {
          body: {
            first_name: text(data, "first_name"),
            last_name: text(data, "last_name"),
          },
        }),
      );
    });
    if (changed) {
      setSaved(true);
      await reload();
    }
  }

  return (
    <section className="card" aria-labelledby="name-heading">
      <h2 id="name-heading">Your name</h2>
      <p>
        Signed in as <strong>{user.email}</strong>.
      </p>
      {error ? <Alert>{error.message}</Alert> : null}
      {saved ? <Alert tone="success">Your name is saved.</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        <Field
          id="first_name"
          label="First name"
          errors={fieldError("first_name")}
        >
          <input
            {...controlProps("first_name", fieldError("first_name"))}
            name="first_name"
            defaultValue={user.first_name}
            autoComplete="given-name"
            maxLength={150}
          />
        </Field>
        <Field
          id="last_name"
          label="Last name"
          errors={fieldError("last_name")}
        >
          <input
            {...controlProps("last_name", fieldError("last_name"))}
            name="last_name"
            defaultValue={user.last_name}
            autoComplete="family-name"
            maxLength={150}
          />
        </Field>
        <Button type="submit" variant="primary" busy={busy}>
          Save
        </Button>
      </form>
    </section>
  );
}
