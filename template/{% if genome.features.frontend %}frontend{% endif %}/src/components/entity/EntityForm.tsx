"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { upload } from "@/lib/upload";
import type { AnyInput, AnyRow, EntityApi, EntityMeta } from "@/lib/entity";
import {
  hasFile,
  initialValues,
  toBody,
  toFormData,
  type FormValues,
} from "@/lib/form-values";
import { allowed, visibleFields } from "@/lib/permissions";
import { useSession } from "@/lib/session";
import { useLoad } from "@/lib/use-load";
import { submitError } from "@/lib/use-submit";

import styles from "./Entity.module.css";
import { RowPending } from "./RowPending";
import { FieldInput } from "./FieldInput";
import { RelationInput } from "./RelationInput";
import { FieldValue, RelationValue } from "./ValueView";

type Api = EntityApi<AnyRow, AnyInput>;

/**
 * The validation (zod) loads with the form's first focus, not with the page: it
 * is most of the form's weight.
 */
const loadValidation = () => import("@/lib/validation");

const savedId = (answer: unknown): number | null => {
  const id = (answer as { id?: unknown } | null)?.id;
  return typeof id === "number" ? id : null;
};

function FormBody({
  meta,
  api,
  role,
  row,
}: {
  meta: EntityMeta;
  api: Api;
  role: string | undefined;
  row?: AnyRow;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const fields = visibleFields(meta, role).filter((f) => !row || f.name in row);
  const relations = meta.relations.filter((r) => !row || r.name in row);
  const [initial] = useState(() => initialValues(meta, row));
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  /** Counts the failed submits: each moves focus to what needs attention. */
  const [failures, setFailures] = useState(0);
  const shown = [...fields, ...relations].map((f) => f.name);
  const label = meta.label.toLowerCase();

  useEffect(() => {
    if (failures === 0) return;
    const invalid = form.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"]',
    );
    (
      invalid ?? form.current?.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [failures]);

  const set = (name: string) => (value: unknown) =>
    setValues((current) => ({ ...current, [name]: value }));

  const send = async (body: AnyInput): Promise<unknown> => {
    if (hasFile(body)) {
      setProgress(0);
      const url = row
        ? `/api/v1/${meta.path}/${row.id}/`
        : `/api/v1/${meta.path}/`;
      return upload(
        row ? "PATCH" : "POST",
        url,
        toFormData(fields, body),
        setProgress,
      );
    }
    return row ? api.update(row.id, body) : api.create(body);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { fieldErrors, schemaFor } = await loadValidation();
    const checked = schemaFor({ ...meta, fields, relations }, row).safeParse(
      values,
    );
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues));
      setMessage("Some fields need attention.");
      setFailures((n) => n + 1);
      return;
    }
    const body = toBody(fields, relations, values, row ? initial : undefined);
    if (row && Object.keys(body).length === 0) {
      router.push(`/${meta.path}/${row.id}`);
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const id = savedId(await send(body)) ?? row?.id;
      router.push(id === undefined ? `/${meta.path}` : `/${meta.path}/${id}`);
    } catch (failure) {
      const { message: text, fields: byField } = submitError(failure, shown);
      setErrors(byField);
      setMessage(text);
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <form
      ref={form}
      noValidate
      onSubmit={submit}
      onFocus={() => void loadValidation()}
      aria-busy={busy}
    >
      {message ? <Alert focusable>{message}</Alert> : null}
      {fields.map((field) =>
        field.readOnly ? (
          row ? (
            <div className={styles.readOnly} key={field.name}>
              <span className={styles.label}>{field.label}</span>
              <FieldValue field={field} value={row[field.name]} />
            </div>
          ) : null
        ) : (
          <FieldInput
            key={field.name}
            field={field}
            value={values[field.name]}
            onChange={set(field.name)}
            errors={errors[field.name]}
            current={row?.[field.name]}
            progress={progress}
            disabled={busy}
          />
        ),
      )}
      {relations.map((relation) =>
        relation.readOnly ? (
          row ? (
            <div className={styles.readOnly} key={relation.name}>
              <span className={styles.label}>{relation.label}</span>
              <RelationValue relation={relation} value={row[relation.name]} />
            </div>
          ) : null
        ) : (
          <RelationInput
            key={relation.name}
            relation={relation}
            value={values[relation.name]}
            onChange={set(relation.name)}
            errors={errors[relation.name]}
            disabled={busy}
          />
        ),
      )}
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {row ? "Save changes" : `Create ${label}`}
        </Button>
        <Link href={row ? `/${meta.path}/${row.id}` : `/${meta.path}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

function EditForm({
  meta,
  api,
  id,
  role,
}: {
  meta: EntityMeta;
  api: Api;
  id: number;
  role: string | undefined;
}) {
  const { user } = useSession();
  const load = useCallback(() => api.retrieve(id), [api, id]);
  const { loaded, reload } = useLoad(load);
  const label = meta.label.toLowerCase();
  if (loaded.state !== "ready")
    return <RowPending loaded={loaded} label={label} retry={reload} />;
  if (!allowed(meta, "update", role, loaded.data, user.id))
    return <Alert>You may not edit this {label}.</Alert>;
  return <FormBody meta={meta} api={api} role={role} row={loaded.data} />;
}

/** Create a row (without `id`) or edit one, validated before it is sent. */
export function EntityForm({
  meta,
  api,
  id,
}: {
  meta: EntityMeta;
  api: Api;
  id?: number;
}) {
  const role = useSession().membership?.role;
  const title =
    id === undefined
      ? `New ${meta.label.toLowerCase()}`
      : `Edit ${meta.label.toLowerCase()}`;
  let body;
  if (!meta.writable) body = <Alert>{meta.labelPlural} are read-only.</Alert>;
  else if (id !== undefined)
    body = <EditForm meta={meta} api={api} id={id} role={role} />;
  else if (!allowed(meta, "create", role))
    body = <Alert>You may not create {meta.labelPlural.toLowerCase()}.</Alert>;
  else body = <FormBody meta={meta} api={api} role={role} />;
  return (
    <section>
      <h1>{title}</h1>
      {body}
    </section>
  );
}
