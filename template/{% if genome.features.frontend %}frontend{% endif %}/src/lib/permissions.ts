/**
 * What the screens offer a role: an action appears only when a grant covers it.
 * The server stays the authority (403 when the role may not, 404 when it may not see).
 */
import { isRef, type Action, type EntityMeta, type FieldMeta } from "./entity";

/** The id of the row's owner (its owner relation, `{id, display}` or an id); null for none. */
function ownerId(
  meta: EntityMeta,
  row: Record<string, unknown>,
): number | null {
  if (!meta.owner) return null;
  const owner = row[meta.owner];
  if (typeof owner === "number") return owner;
  return isRef(owner) ? owner.id : null;
}

/**
 * True when a grant for the role covers the action: a plain grant on every row, an
 * `own` grant only on a row whose owner is the user. Without a row (a list, a new
 * row), an `own` grant counts: the user may act on the rows they own.
 */
export function allowed(
  meta: EntityMeta,
  action: Action,
  role: string | null | undefined,
  row?: Record<string, unknown>,
  userId?: number,
): boolean {
  if (!role) return false;
  if (!meta.writable && action !== "list" && action !== "retrieve")
    return false;
  return meta.permissions[action].some((grant) => {
    if (grant.role !== role) return false;
    if (!grant.own || !row) return true;
    return userId !== undefined && ownerId(meta, row) === userId;
  });
}

/** The fields the role reads (visibleTo), in the genome's order. */
export function visibleFields(
  meta: EntityMeta,
  role: string | null | undefined,
): FieldMeta[] {
  return meta.fields.filter(
    (field) =>
      !field.visibleTo || (role ? field.visibleTo.includes(role) : false),
  );
}
