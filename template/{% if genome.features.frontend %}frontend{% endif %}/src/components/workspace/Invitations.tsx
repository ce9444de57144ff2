"use client";

import { useCallback } from "react";

import { LoadFailed } from "@/components/ui/LoadFailed";
import { Spinner } from "@/components/ui/Spinner";
import { client, unwrap } from "@/lib/api";
import { useLoad } from "@/lib/use-load";

import { InvitationRow } from "./InvitationRow";
import { InviteForm } from "./InviteForm";

/** The workspace's invitations, for its managers: list, invite, revoke. */
export function Invitations({ workspaceId }: { workspaceId: number }) {
  const load = useCallback(
    () =>
      unwrap(
        client.GET("/api/v1/workspaces/{workspace_pk}/invitations/", {
          params: {
            path: { workspace_pk: workspaceId },
            query: { page_size: 100, ordering: "-expires_at" },
          },
        }),
      ),
    [workspaceId],
  );
  const { loaded, reload } = useLoad(load);

  function list() {
    if (loaded.state === "loading") {
      return <Spinner label="Loading the invitations…" />;
    }
    if (loaded.state === "failed") {
      return (
        <LoadFailed
          what="The invitations"
          error={loaded.error}
          retry={reload}
        />
      );
    }
    if (loaded.data.results.length === 0) {
      return <p className="muted">No invitations yet.</p>;
    }
    return (
      <table>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Invited by</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {loaded.data.results.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              workspaceId={workspaceId}
              invitation={invitation}
              onRevoked={reload}
            />
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      {list()}
      <InviteForm workspaceId={workspaceId} onInvited={reload} />
    </section>
  );
}
