"use client";
// The dialogs behind "f" (flag: pick a category with 1–7, optional reason) and "h" (hide: a
// reason is required). Also used, with a count in the title, to confirm bulk actions.
import { useState } from "react";
import { CATEGORY_LABEL, FLAG_CATEGORIES, type TFlagCategory } from "@/lib/moderation/types";
import { isTypingTarget } from "./use-shortcuts";
import { ModalDialog } from "./modal-dialog";

type TFlagProps = {
  open: boolean;
  title?: string;
  onClose: () => void;
  onSubmit: (category: TFlagCategory, reason: string) => void;
};

export function FlagDialog({ open, title = "Flag comment", onClose, onSubmit }: TFlagProps) {
  const [category, setCategory] = useState<TFlagCategory | null>(null);
  const [reason, setReason] = useState("");
  const submit = (cat: TFlagCategory | null) => {
    if (!cat) return;
    onSubmit(cat, reason);
    setCategory(null);
    setReason("");
  };
  return (
    <ModalDialog open={open} onClose={onClose} title={title} testId="flag-dialog">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the digit keys
          bubble up from the radios; the form only delegates them, every choice stays a real input */}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(category);
        }}
        onKeyDown={(e) => {
          const n = Number(e.key);
          if (!isTypingTarget(e.target) || (e.target as HTMLInputElement).type === "radio") {
            if (n >= 1 && n <= FLAG_CATEGORIES.length) {
              e.preventDefault();
              submit(FLAG_CATEGORIES[n - 1]);
            }
          }
        }}
      >
        <fieldset>
          <legend className="text-sm text-slate-700">Category (press 1–7)</legend>
          <div className="mt-2 grid grid-cols-2 gap-1">
            {FLAG_CATEGORIES.map((cat, i) => (
              <label
                key={cat}
                className="flex items-center gap-2 rounded border border-slate-200 px-2 py-1 text-sm has-[:checked]:border-slate-900 has-[:checked]:bg-slate-100"
              >
                <input
                  type="radio"
                  name="category"
                  value={cat}
                  checked={category === cat}
                  onChange={() => setCategory(cat)}
                  autoFocus={i === 0}
                />
                <kbd className="font-mono text-xs text-slate-600">{i + 1}</kbd>{" "}
                {CATEGORY_LABEL[cat]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="mt-3 block text-sm">
          Reason (optional)
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={1000}
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <div className="mt-4 flex gap-2">
          <button
            type="submit"
            disabled={!category}
            className="rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
          >
            Flag
          </button>
          <button
            type="button"
            onClick={onClose}
            className="rounded border border-slate-300 px-3 py-1.5 text-sm"
          >
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

type TReasonProps = {
  open: boolean;
  title: string;
  action: string;
  required?: boolean;
  onClose: () => void;
  onSubmit: (reason: string) => void;
};

/** A reason prompt (hide, unhide) or, with required=false and a title carrying the count, a bulk confirmation. */
export function ReasonDialog({
  open,
  title,
  action,
  required = true,
  onClose,
  onSubmit,
}: TReasonProps) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog open={open} onClose={onClose} title={title} testId="reason-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (required && !reason.trim()) return setError("Give a reason.");
          onSubmit(reason.trim());
          setReason("");
          setError(null);
        }}
      >
        <label className="block text-sm">
          Reason{required ? "" : " (optional)"}
          <input
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={1000}
            aria-invalid={!!error}
            aria-describedby={error ? "reason-error" : undefined}
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
        {error ? (
          <p id="reason-error" className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex gap-2">
          <button
            type="submit"
            className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
          >
            {action}
          </button>
          <button
            type="button"
            onClick={onClose}
            className="rounded border border-slate-300 px-3 py-1.5 text-sm"
          >
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
