"use client";

import { Field } from "@/components/ui/Field";
import type { FieldKind } from "@/lib/entity";

import { fieldProps, widgetControl, type WidgetProps } from "./control";

const TYPES: Partial<Record<FieldKind, string>> = {
  email: "email",
  url: "url",
};
const PLACEHOLDERS: Partial<Record<FieldKind, string>> = {
  uuid: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
  slug: "letters-numbers_and-hyphens",
  ip_address: "192.0.2.1",
};

/** A one-line text: string, slug, email, url, uuid and ip_address. */
export function TextInput(
  props: WidgetProps<string> & { kind?: FieldKind; maxLength?: number },
) {
  const { kind = "string", maxLength, value, onChange, disabled } = props;
  return (
    <Field {...fieldProps(props)}>
      <input
        {...widgetControl(props)}
        type={TYPES[kind] ?? "text"}
        value={value}
        maxLength={maxLength}
        placeholder={PLACEHOLDERS[kind]}
        spellCheck={kind === "string" ? undefined : false}
        autoCapitalize={kind === "string" ? undefined : "none"}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
