"use client";

import { useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import type { components } from "@/generated/api/schema";
import { client, unwrap } from "@/lib/api";
import { describeError } from "@/lib/errors";
import { formatDateTime, humanize } from "@/lib/format";

import { RoleSelect } from "./RoleSelect";

export type Member = components["schemas"]["Member"];
type Role = components["schemas"]["RoleEnum"];

/** A member, their role, and (for managers) changing it or removing them. */
export function MemberRow({
  workspaceId,
  member,
  isSelf,
  canManage,
  onChanged,
  onRemoved,
}: {
  workspaceId: number;
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  onChanged(member: Member): void;
  onRemoved(member: Member): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const path = { workspace_pk: workspaceId, id: member.id };

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  const changeRole = (role: Role) =>
    act(async () => {
      onChanged(
        await unwrap(
          client.PATCH("/api/v1/workspaces/{workspace_pk}/members/{id}/", {
            params: { path },
            body: { role },
          }),
        ),
      );
    });

  const remove = () =>
    act(async () => {
      await unwrap(
        client.DELETE("/api/v1/workspaces/{workspace_pk}/members/{id}/", {
          params: { path },
        }),
      );
      setConfirming(false);
      onRemoved(member);
    });

  const who = isSelf ? `${member.email} (you)` : member.email;

  return (
    <tr>
      <td>{who}</td>
      <td>
        {canManage ? (
          <RoleSelect
            id={`member-role-${member.id}`}
            aria-label={`Role of ${member.email}`}
            value={member.role}
            disabled={busy}
            onRoleChange={changeRole}
          />
        ) : (
          humanize(member.role)
        )}
        {error ? <Alert>{error}</Alert> : null}
      </td>
      <td>{formatDateTime(member.created_at)}</td>
      {canManage ? (
        <td>
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {isSelf ? "Leave" : "Remove"}
            <span className="visually-hidden"> {member.email}</span>
          </Button>
          <Dialog
            open={confirming}
            title={isSelf ? "Leave the workspace?" : `Remove ${member.email}?`}
            confirmLabel={isSelf ? "Leave" : "Remove"}
            danger
            busy={busy}
            onConfirm={remove}
            onClose={() => {
              setConfirming(false);
              setError(null);
            }}
          >
            <p>
              {isSelf
                ? "You lose access to this workspace's data."
                : `${member.email} loses access to this workspace's data.`}
            </p>
            {error ? <Alert>{error}</Alert> : null}
          </Dialog>
        </td>
      ) : null}
    </tr>
  );
}
