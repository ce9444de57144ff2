/** What every widget shares: its props and the attributes of its control. */
import { controlProps } from "@/components/ui/Field";

export interface WidgetProps<Value> {
  id: string;
  label: string;
  help?: string;
  errors?: string[];
  required?: boolean;
  disabled?: boolean;
  value: Value;
  onChange: (value: Value) => void;
}

type Described = Pick<
  WidgetProps<unknown>,
  "id" | "label" | "help" | "errors" | "required"
>;

/** The props a widget passes to its Field. */
export function fieldProps({ id, label, help, errors, required }: Described) {
  return { id, label, help, errors, required };
}

/** The control's id, required, aria-invalid and aria-describedby (help, then errors). */
export function widgetControl({
  id,
  help,
  errors,
  required,
}: Omit<Described, "label">) {
  return { ...controlProps(id, errors, help), required };
}
