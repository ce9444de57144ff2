"use client";

import { type FormEvent, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { roles } from "@/generated/genome";
import { client, unwrap } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { text } from "@/lib/form-data";
import { useSubmit } from "@/lib/use-submit";

import { RoleSelect, isRole } from "./RoleSelect";

/** Invite someone by email, with a role. */
export function InviteForm({
  workspaceId,
  onInvited,
}: {
  workspaceId: number;
  onInvited(): void;
}) {
  const { busy, error, run, fieldError } = useSubmit(["email", "role"]);
  const [sent, setSent] = useState<{
    email: string;
    link: string | null;
  } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = text(data, "email");
    const role = text(data, "role");
    setSent(null);
    await run(async () => {
      if (!isRole(role)) {
        throw new ApiError(400, "validation_error", "Choose a role.", {
          role: ["Choose a role."],
        });
      }
      const invitation = await unwrap(
        client.POST("/api/v1/workspaces/{workspace_pk}/invitations/", {
          params: { path: { workspace_pk: workspaceId } },
          body: { email, role },
        }),
      );
      // Without invitation emails, the API gives the token to pass on.
      const link = invitation.token
        ? `${window.location.origin}/invitations/accept?token=${encodeURIComponent(invitation.token)}`
        : null;
      setSent({ email, link });
      form.reset();
      onInvited();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      {error ? <Alert>{error.message}</Alert> : null}
      {sent ? (
        <Alert tone="success">
          {sent.link ? (
            <>
              {sent.email} is invited. Send them this link:{" "}
              <code>{sent.link}</code>
            </>
          ) : (
            `${sent.email} is invited; an email is on its way.`
          )}
        </Alert>
      ) : null}
      <Field
        id="invite-email"
        label="Email"
        errors={fieldError("email")}
        required
      >
        <input
          {...controlProps("invite-email", fieldError("email"))}
          name="email"
          type="email"
          autoComplete="off"
          required
        />
      </Field>
      <Field id="invite-role" label="Role" errors={fieldError("role")} required>
        <RoleSelect
          {...controlProps("invite-role", fieldError("role"))}
          name="role"
          defaultValue={roles.at(-1)}
        />
      </Field>
      <Button type="submit" variant="primary" busy={busy}>
        Invite
      </Button>
    </form>
  );
}
