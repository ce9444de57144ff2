import type { SelectHTMLAttributes } from "react";

import { humanize } from "@/lib/format";
import { roles } from "@/generated/genome";

type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** A select of the genome's roles, most privileged first. */
export function RoleSelect({
  onRoleChange,
  ...attributes
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "children"> & {
  onRoleChange?(role: Role): void;
}) {
  return (
    <select
      {...attributes}
      onChange={(event) => {
        if (onRoleChange && isRole(event.target.value)) {
          onRoleChange(event.target.value);
        }
      }}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {humanize(role)}
        </option>
      ))}
    </select>
  );
}
