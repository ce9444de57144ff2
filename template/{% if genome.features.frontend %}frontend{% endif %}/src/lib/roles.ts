import { roles } from "@/generated/genome";

/**
 * The roles that manage a workspace: rename it, change members' roles, remove
 * members, handle invitations and read the audit log. The API's rule
 * (apps/users/roles.py: MANAGER_ROLES, the first two roles); it refuses the rest.
 */
const managerRoles: readonly string[] = roles.slice(0, 2);

export function isManager(role: string | undefined): boolean {
  return role !== undefined && managerRoles.includes(role);
}
