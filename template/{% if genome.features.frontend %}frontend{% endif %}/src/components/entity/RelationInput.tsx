"use client";

import { MultiRelationPicker } from "@/components/widgets/MultiRelationPicker";
import { RelationPicker } from "@/components/widgets/RelationPicker";
import { useRelationSearch } from "@/components/widgets/relation-search";
import { isRef, type RelationMeta } from "@/lib/entity";

/** The picker of a relation: one row, or many for a many-to-many. */
export function RelationInput({
  relation,
  value,
  onChange,
  errors,
  disabled,
}: {
  relation: RelationMeta;
  value: unknown;
  onChange: (value: unknown) => void;
  errors?: string[];
  disabled?: boolean;
}) {
  const search = useRelationSearch(relation.to);
  const common = {
    id: `field-${relation.name}`,
    label: relation.label,
    help: relation.help || undefined,
    errors,
    required: relation.required,
    disabled,
    search,
  };
  return relation.many ? (
    <MultiRelationPicker
      {...common}
      value={Array.isArray(value) ? value.filter(isRef) : []}
      onChange={onChange}
    />
  ) : (
    <RelationPicker
      {...common}
      value={isRef(value) ? value : null}
      onChange={onChange}
    />
  );
}
