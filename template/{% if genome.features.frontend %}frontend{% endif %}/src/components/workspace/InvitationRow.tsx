"use client";

import { useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import type { components } from "@/generated/api/schema";
import { client, unwrap } from "@/lib/api";
import { describeError } from "@/lib/errors";
import { formatDateTime, humanize } from "@/lib/format";

type Invitation = components["schemas"]["Invitation"];

/** An invitation, and revoking it while it is open. */
export function InvitationRow({
  workspaceId,
  invitation,
  onRevoked,
}: {
  workspaceId: number;
  invitation: Invitation;
  onRevoked(): void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        client.DELETE("/api/v1/workspaces/{workspace_pk}/invitations/{id}/", {
          params: { path: { workspace_pk: workspaceId, id: invitation.id } },
        }),
      );
      setConfirming(false);
      onRevoked();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <td>{invitation.email}</td>
      <td>{humanize(invitation.role)}</td>
      <td>{invitation.invited_by}</td>
      <td>
        {invitation.accepted_at
          ? `Accepted ${formatDateTime(invitation.accepted_at)}`
          : `Expires ${formatDateTime(invitation.expires_at)}`}
      </td>
      <td>
        {invitation.accepted_at ? null : (
          <>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Revoke
              <span className="visually-hidden">
                {" "}
                the invitation of {invitation.email}
              </span>
            </Button>
            <Dialog
              open={confirming}
              title={`Revoke the invitation of ${invitation.email}?`}
              confirmLabel="Revoke"
              danger
              busy={busy}
              onConfirm={revoke}
              onClose={() => {
                setConfirming(false);
                setError(null);
              }}
            >
              <p>Its link stops working.</p>
              {error ? <Alert>{error}</Alert> : null}
            </Dialog>
          </>
        )}
      </td>
    </tr>
  );
}
