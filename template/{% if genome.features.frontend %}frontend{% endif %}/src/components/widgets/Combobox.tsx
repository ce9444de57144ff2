"use client";

import { useEffect, useId, useState, type InputHTMLAttributes } from "react";

import type { Ref } from "@/lib/entity";
import { describeError } from "@/lib/errors";

import styles from "./Widgets.module.css";

/** How long typing settles before a search, in milliseconds. */
const DEBOUNCE_MS = 250;

export interface ComboboxProps {
  /** The text shown when not typing: the chosen row's display. */
  selected: string;
  search: (term: string) => Promise<Ref[]>;
  onSelect: (ref: Ref) => void;
  /** The input was emptied and left: no row. */
  onClear?: () => void;
  /** Rows not to offer (already chosen). */
  exclude?: number[];
  inputProps: InputHTMLAttributes<HTMLInputElement> & { id: string };
}

/**
 * An accessible search-as-you-type list (the ARIA combobox pattern): arrows move,
 * Enter picks, Escape closes; searches wait for typing to settle.
 */
export function Combobox({
  selected,
  search,
  onSelect,
  onClear,
  exclude = [],
  inputProps,
}: ComboboxProps) {
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Ref[]>([]);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const term = text ?? "";
  const excluded = exclude.join(",");

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      setLoading(true);
      search(term)
        .then((found) => {
          if (!current) return;
          const skip = new Set(excluded.split(",").map(Number));
          setOptions(found.filter((ref) => !skip.has(ref.id)));
          setFailure(null);
          setActive(-1);
        })
        .catch((error: unknown) => {
          if (!current) return;
          setOptions([]);
          setFailure(`The search failed: ${describeError(error)}`);
        })
        .finally(() => current && setLoading(false));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, term, search, excluded]);

  const pick = (ref: Ref) => {
    onSelect(ref);
    setText(null);
    setOpen(false);
  };

  const close = () => {
    if (text === "" && onClear) onClear();
    setText(null);
    setOpen(false);
  };

  const optionId = (index: number) => `${listId}-${index}`;
  const activeOption = options[active];

  return (
    <div className={styles.combobox}>
      <input
        {...inputProps}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        value={text ?? selected}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === "Enter" && open) {
            event.preventDefault();
            if (activeOption) pick(activeOption);
          } else if (event.key === "Escape") {
            close();
          }
        }}
      />
      <ul id={listId} role="listbox" hidden={!open} className={styles.list}>
        {options.map((ref, index) => (
          <li
            key={ref.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(ref)}
          >
            {ref.display}
          </li>
        ))}
        {open && !loading && !failure && options.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true">
            No matches
          </li>
        ) : null}
      </ul>
      {loading ? (
        <span role="status" className={styles.status}>
          Searching…
        </span>
      ) : null}
      {open && failure ? (
        <p role="alert" className={styles.failure}>
          {failure}
        </p>
      ) : null}
    </div>
  );
}
