"use client";

import { BooleanInput } from "@/components/widgets/BooleanInput";
import { ChoiceSelect } from "@/components/widgets/ChoiceSelect";
import { DateInput } from "@/components/widgets/DateInput";
import { DateTimeInput } from "@/components/widgets/DateTimeInput";
import { DecimalInput } from "@/components/widgets/DecimalInput";
import { DurationInput } from "@/components/widgets/DurationInput";
import { FileInput, type FileValue } from "@/components/widgets/FileInput";
import { JsonInput } from "@/components/widgets/JsonInput";
import { NumberInput } from "@/components/widgets/NumberInput";
import { TagsInput } from "@/components/widgets/TagsInput";
import { TextArea } from "@/components/widgets/TextArea";
import { TextInput } from "@/components/widgets/TextInput";
import { TimeInput } from "@/components/widgets/TimeInput";
import type { FieldMeta } from "@/lib/entity";

export interface FieldInputProps {
  field: FieldMeta;
  value: unknown;
  onChange: (value: unknown) => void;
  errors?: string[];
  /** The row's value on an update (a choice's transitions start from it). */
  current?: unknown;
  /** A file field's upload progress, 0..1, while the form sends it. */
  progress?: number | null;
  disabled?: boolean;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The widget of a field's kind, wired to the form's value and errors. */
export function FieldInput({
  field,
  value,
  onChange,
  errors,
  current,
  progress,
  disabled,
}: FieldInputProps) {
  const common = {
    id: `field-${field.name}`,
    label: field.label,
    help: field.help || undefined,
    errors,
    required: field.required,
    disabled,
  };
  switch (field.kind) {
    case "text":
      return (
        <TextArea
          {...common}
          maxLength={field.maxLength}
          value={text(value)}
          onChange={onChange}
        />
      );
    case "integer":
    case "big_integer":
    case "float":
      return (
        <NumberInput
          {...common}
          integer={field.kind !== "float"}
          min={field.min}
          max={field.max}
          value={text(value)}
          onChange={onChange}
        />
      );
    case "decimal":
      return (
        <DecimalInput
          {...common}
          decimalPlaces={field.decimalPlaces}
          value={text(value)}
          onChange={onChange}
        />
      );
    case "date":
      return <DateInput {...common} value={text(value)} onChange={onChange} />;
    case "datetime":
      return (
        <DateTimeInput {...common} value={text(value)} onChange={onChange} />
      );
    case "time":
      return <TimeInput {...common} value={text(value)} onChange={onChange} />;
    case "duration":
      return (
        <DurationInput {...common} value={text(value)} onChange={onChange} />
      );
    case "boolean":
      return (
        <BooleanInput {...common} value={value === true} onChange={onChange} />
      );
    case "choice":
      return (
        <ChoiceSelect
          {...common}
          choices={field.choices ?? []}
          transitions={field.transitions}
          current={typeof current === "string" ? current : undefined}
          value={text(value)}
          onChange={onChange}
        />
      );
    case "list":
      return (
        <TagsInput
          {...common}
          numeric={["integer", "big_integer", "float", "decimal"].includes(
            field.of ?? "string",
          )}
          maxItems={field.maxItems}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
        />
      );
    case "json":
      return <JsonInput {...common} value={text(value)} onChange={onChange} />;
    case "file":
    case "image":
      return (
        <FileInput
          {...common}
          image={field.kind === "image"}
          progress={value instanceof File ? progress : null}
          value={
            value instanceof File || typeof value === "string"
              ? (value as FileValue)
              : null
          }
          onChange={onChange}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          kind={field.kind}
          maxLength={field.maxLength}
          value={text(value)}
          onChange={onChange}
        />
      );
  }
}
