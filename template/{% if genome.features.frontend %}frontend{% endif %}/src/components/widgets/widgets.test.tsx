import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ComponentType } from "react";
import { describe, expect, test, vi } from "vitest";

import { BooleanInput } from "./BooleanInput";
import { ChoiceSelect } from "./ChoiceSelect";
import type { WidgetProps } from "./control";
import { DateInput } from "./DateInput";
import { DateTimeInput } from "./DateTimeInput";
import { DecimalInput } from "./DecimalInput";
import { DurationInput } from "./DurationInput";
import { FileInput } from "./FileInput";
import { JsonInput } from "./JsonInput";
import { MultiRelationPicker } from "./MultiRelationPicker";
import { NumberInput } from "./NumberInput";
import { RelationPicker } from "./RelationPicker";
import { TagsInput } from "./TagsInput";
import { TextArea } from "./TextArea";
import { TextInput } from "./TextInput";
import { TimeInput } from "./TimeInput";

const base = { id: "w", label: "Thing", help: "Some help" };

/** The control is labelled, described by its help and error, and invalid. */
function expectError(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute("aria-invalid", "true");
  expect(control).toHaveAccessibleDescription(`Some help ${message}`);
}

const textual: [string, ComponentType<WidgetProps<string>>, string, string][] =
  [
    ["TextInput", TextInput, "Hello", "Hello"],
    ["TextArea", TextArea, "Long text", "Long text"],
    ["NumberInput", NumberInput, "4", "4"],
    ["DecimalInput", DecimalInput, "12.50", "12.50"],
    ["DateInput", DateInput, "2025-03-01", "2025-03-01"],
    ["TimeInput", TimeInput, "14:30:00", "14:30:00"],
    ["DurationInput", DurationInput, "1 02:00:00", "1 02:00:00"],
    ["JsonInput", JsonInput, '{"a":1}', '{"a":1}'],
  ];

describe.each(textual)("%s", (_, Widget, typed, expected) => {
  test("renders with its label, edits, and shows its error", () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <Widget {...base} value="" onChange={onChange} />,
    );
    const control = screen.getByLabelText("Thing");
    expect(control).toHaveAccessibleDescription("Some help");
    expect(control).not.toHaveAttribute("aria-invalid");
    fireEvent.change(control, { target: { value: typed } });
    expect(onChange).toHaveBeenLastCalledWith(expected);
    rerender(
      <Widget {...base} value="" onChange={onChange} errors={["Bad value."]} />,
    );
    expectError(screen.getByLabelText("Thing"), "Bad value.");
  });
});

test("DateTimeInput shows local time and writes ISO with the offset", () => {
  const onChange = vi.fn();
  const { rerender } = render(
    <DateTimeInput {...base} value="" onChange={onChange} />,
  );
  fireEvent.change(screen.getByLabelText("Thing"), {
    target: { value: "2025-03-01T14:30" },
  });
  const iso = onChange.mock.calls[0]?.[0] as string;
  expect(iso).toMatch(/^2025-03-01T14:30:00[+-]\d\d:\d\d$/);
  expect(new Date(iso).getHours()).toBe(14);
  rerender(
    <DateTimeInput
      {...base}
      value={iso}
      onChange={onChange}
      errors={["Late."]}
    />,
  );
  expect(screen.getByLabelText("Thing")).toHaveValue("2025-03-01T14:30");
  expectError(screen.getByLabelText("Thing"), "Late.");
});

test("DurationInput writes what it reads as the API does when left", () => {
  const onChange = vi.fn();
  render(<DurationInput {...base} value="26:00:00" onChange={onChange} />);
  fireEvent.blur(screen.getByLabelText("Thing"));
  expect(onChange).toHaveBeenCalledWith("1 02:00:00");
});

test("JsonInput shows a parse error while typing", () => {
  render(<JsonInput {...base} value="{a:1}" onChange={vi.fn()} />);
  const control = screen.getByLabelText("Thing");
  expect(control).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByText(/Enter valid JSON/)).toBeInTheDocument();
});

test("BooleanInput toggles and shows its error", () => {
  const onChange = vi.fn();
  const { rerender } = render(
    <BooleanInput {...base} value={false} onChange={onChange} />,
  );
  fireEvent.click(screen.getByLabelText("Thing"));
  expect(onChange).toHaveBeenCalledWith(true);
  rerender(
    <BooleanInput {...base} value onChange={onChange} errors={["Nope."]} />,
  );
  expect(screen.getByLabelText("Thing")).toBeChecked();
  expectError(screen.getByLabelText("Thing"), "Nope.");
});

describe("ChoiceSelect", () => {
  const choices = [
    { value: "todo", label: "Todo" },
    { value: "in_progress", label: "In progress" },
    { value: "done", label: "Done" },
  ];
  const transitions = { todo: ["in_progress"], in_progress: ["done", "todo"] };

  test("offers every choice on create, and edits", () => {
    const onChange = vi.fn();
    render(
      <ChoiceSelect
        {...base}
        choices={choices}
        transitions={transitions}
        value=""
        onChange={onChange}
        errors={["Pick one."]}
      />,
    );
    const select = screen.getByLabelText("Thing");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "—",
      "Todo",
      "In progress",
      "Done",
    ]);
    fireEvent.change(select, { target: { value: "done" } });
    expect(onChange).toHaveBeenCalledWith("done");
    expectError(select, "Pick one.");
  });

  test("offers only the allowed transitions on update", () => {
    render(
      <ChoiceSelect
        {...base}
        required
        choices={choices}
        transitions={transitions}
        current="todo"
        value="todo"
        onChange={vi.fn()}
      />,
    );
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Todo",
      "In progress",
    ]);
  });
});

describe("TagsInput", () => {
  function Tags({ maxItems }: { maxItems?: number }) {
    const [value, setValue] = useState<unknown[]>(["a"]);
    return (
      <TagsInput
        {...base}
        maxItems={maxItems}
        value={value}
        onChange={setValue}
        errors={value.length > 2 ? ["Too many."] : undefined}
      />
    );
  }

  test("adds with Enter, removes, and stops at its maximum", async () => {
    const user = userEvent.setup();
    render(<Tags maxItems={3} />);
    const input = screen.getByLabelText("Thing");
    await user.type(input, "b{Enter}");
    expect(screen.getByRole("list", { name: "Thing, 2 items" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Remove a" }));
    expect(screen.getByRole("list", { name: "Thing, 1 items" })).toBeVisible();
    await user.type(input, "c{Enter}d{Enter}");
    expect(screen.getByText("3 of 3 items")).toBeInTheDocument();
    expect(input).toBeDisabled();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Too many.")).toBeInTheDocument();
  });
});

describe("FileInput", () => {
  test("takes a file, shows the stored one, the progress and its error", () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <FileInput
        {...base}
        value="/api/v1/files/tasks/1/attachment/report.pdf"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole("link", { name: "report.pdf" })).toBeVisible();
    const file = new File(["hello"], "notes.txt", { type: "text/plain" });
    fireEvent.change(screen.getByLabelText("Thing"), {
      target: { files: [file] },
    });
    expect(onChange).toHaveBeenCalledWith(file);
    rerender(
      <FileInput
        {...base}
        value={file}
        progress={0.5}
        onChange={onChange}
        errors={["Too big."]}
      />,
    );
    expect(screen.getByText("notes.txt (5 bytes)")).toBeInTheDocument();
    expect(
      screen.getByRole("progressbar", { name: "Uploading thing" }),
    ).toHaveAttribute("value", "0.5");
    expectError(screen.getByLabelText("Thing"), "Too big.");
    fireEvent.click(screen.getByRole("button", { name: "Remove thing" }));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

describe("TextInput kinds", () => {
  test("email and url use their input types", () => {
    render(
      <>
        <TextInput
          id="e"
          label="Email"
          kind="email"
          value=""
          onChange={vi.fn()}
        />
        <TextInput id="u" label="Site" kind="url" value="" onChange={vi.fn()} />
        <TextInput id="i" label="Key" kind="uuid" value="" onChange={vi.fn()} />
      </>,
    );
    expect(screen.getByLabelText("Email")).toHaveAttribute("type", "email");
    expect(screen.getByLabelText("Site")).toHaveAttribute("type", "url");
    expect(screen.getByLabelText("Key")).toHaveAttribute("type", "text");
  });
});

describe("RelationPicker", () => {
  const projects = [
    { id: 1, display: "Apollo" },
    { id: 2, display: "Gemini" },
  ];

  test("searches after typing settles and picks with the keyboard", async () => {
    const user = userEvent.setup();
    const search = vi.fn((term: string) =>
      Promise.resolve(projects.filter((p) => p.display.includes(term))),
    );
    const onChange = vi.fn();
    render(
      <RelationPicker
        {...base}
        value={null}
        onChange={onChange}
        search={search}
        errors={["Pick a project."]}
      />,
    );
    const box = screen.getByRole("combobox", { name: "Thing" });
    expectError(box, "Pick a project.");
    await user.type(box, "Gem");
    expect(await screen.findByRole("option", { name: "Gemini" })).toBeVisible();
    expect(search).toHaveBeenLastCalledWith("Gem");
    expect(search).not.toHaveBeenCalledWith("G");
    await user.keyboard("{ArrowDown}");
    expect(box).toHaveAttribute(
      "aria-activedescendant",
      screen.getByRole("option", { name: "Gemini" }).id,
    );
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith({ id: 2, display: "Gemini" });
  });

  test("an optional relation is cleared by emptying it", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <RelationPicker
        {...base}
        value={{ id: 1, display: "Apollo" }}
        onChange={onChange}
        search={() => Promise.resolve(projects)}
      />,
    );
    const box = screen.getByRole("combobox", { name: "Thing" });
    expect(box).toHaveValue("Apollo");
    await user.clear(box);
    await user.tab();
    expect(onChange).toHaveBeenCalledWith(null);
  });
});

describe("MultiRelationPicker", () => {
  test("adds rows by search and removes them", async () => {
    const user = userEvent.setup();
    const labels = [
      { id: 1, display: "Bug" },
      { id: 2, display: "Feature" },
    ];
    function Many() {
      const [value, setValue] = useState([labels[0]!]);
      return (
        <MultiRelationPicker
          {...base}
          value={value}
          onChange={setValue}
          search={() => Promise.resolve(labels)}
        />
      );
    }
    render(<Many />);
    await user.click(screen.getByRole("combobox", { name: "Thing" }));
    const option = await screen.findByRole("option", { name: "Feature" });
    expect(screen.queryByRole("option", { name: "Bug" })).toBeNull();
    await user.click(option);
    expect(screen.getByRole("list", { name: "Thing, 2 chosen" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Remove Bug" }));
    expect(screen.getByRole("list", { name: "Thing, 1 chosen" })).toBeVisible();
  });
});
