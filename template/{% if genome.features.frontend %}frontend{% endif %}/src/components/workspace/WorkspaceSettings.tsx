"use client";

import { isManager } from "@/lib/roles";
import { useSession } from "@/lib/session";

import { Invitations } from "./Invitations";
import { Members } from "./Members";
import { RenameWorkspace } from "./RenameWorkspace";

/** The tab's workspace: its name, members and invitations. */
export function WorkspaceSettings() {
  const { membership } = useSession();
  if (!membership) return null;
  const canManage = isManager(membership.role);
  const { workspace } = membership;
  return (
    <>
      <h1>Workspace settings</h1>
      <RenameWorkspace workspace={workspace} canManage={canManage} />
      <Members workspaceId={workspace.id} canManage={canManage} />
      {canManage ? <Invitations workspaceId={workspace.id} /> : null}
    </>
  );
}
