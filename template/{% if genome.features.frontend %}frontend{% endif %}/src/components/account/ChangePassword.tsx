"use client";

import { type FormEvent, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { client, unwrap } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { text } from "@/lib/form-data";
import { useSubmit } from "@/lib/use-submit";

const FIELDS = ["old_password", "new_password", "confirm_password"] as const;
const LABELS: Record<(typeof FIELDS)[number], string> = {
  old_password: "Current password",
  new_password: "New password",
  confirm_password: "New password, again",
};

/** A new password; the API signs the user's other devices out. */
export function ChangePassword() {
  const { busy, error, run, fieldError } = useSubmit([...FIELDS]);
  const [changed, setChanged] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setChanged(false);
    const done = await run(async () => {
      if (text(data, "new_password") !== text(data, "confirm_password")) {
        throw new ApiError(400, "validation_error", "Check the passwords.", {
          confirm_password: ["The two passwords differ."],
        });
      }
      await unwrap(
        client.POST("/api/v1/auth/password/change/", {
          body: {
            old_password: text(data, "old_password"),
            new_password: text(data, "new_password"),
          },
        }),
      );
    });
    if (done) {
      form.reset();
      setChanged(true);
    }
  }

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      {error ? <Alert>{error.message}</Alert> : null}
      {changed ? (
        <Alert tone="success">
          Your password is changed; your other devices are signed out.
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        {FIELDS.map((name) => (
          <Field
            key={name}
            id={name}
            label={LABELS[name]}
            errors={fieldError(name)}
            required
          >
            <input
              {...controlProps(name, fieldError(name))}
              name={name}
              type="password"
              autoComplete={
                name === "old_password" ? "current-password" : "new-password"
              }
              required
            />
          </Field>
        ))}
        <Button type="submit" variant="primary" busy={busy}>
          Change password
        </Button>
      </form>
    </section>
  );
}
