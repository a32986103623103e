"use client";
// Creates a user and shows the generated password once, with a copy button.
import { useRef, useState } from "react";
import { createUserAction } from "@/lib/admin/actions/create-user";
import { BUTTON, BUTTON_PRIMARY, CARD, INPUT, LABEL } from "@/components/ui/styles";
import { FeedbackMessage, FieldError } from "./feedback-message";
import { useFormOperation } from "@/components/ui/use-form-operation";

const ROLES = ["MODERATOR", "EDITOR", "ADMIN"] as const;

export function CreateUserForm() {
  const { pending, feedback, run } = useFormOperation();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLElement>(null);

  function submit(form: FormData) {
    setCreated(null);
    setCopied(false);
    const input = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? ""),
    };
    run(createUserAction, input, (data) => {
      setCreated({ email: data.email, password: data.password });
      formRef.current?.reset();
      // Move focus to the password so keyboard and screen-reader users land on it.
      setTimeout(() => passwordRef.current?.focus(), 0);
      return `Created ${data.email}.`;
    });
  }

  return (
    <section aria-labelledby="create-user-heading" className={`${CARD} mb-6`}>
      <h2 id="create-user-heading" className="mb-3 font-semibold">
        Add a user
      </h2>
      <form ref={formRef} action={submit} className="flex flex-wrap items-end gap-3">
        <label className={LABEL}>
          Name
          <input
            name="name"
            required
            maxLength={100}
            className={INPUT}
            aria-describedby="new-user-name-error"
          />
          <FieldError feedback={feedback} field="name" id="new-user-name-error" />
        </label>
        <label className={LABEL}>
          Email
          <input
            name="email"
            type="email"
            required
            maxLength={200}
            className={`${INPUT} w-64`}
            aria-describedby="new-user-email-error"
          />
          <FieldError feedback={feedback} field="email" id="new-user-email-error" />
        </label>
        <label className={LABEL}>
          Role
          <select name="role" defaultValue="MODERATOR" className={INPUT}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {pending ? "Creating…" : "Create user"}
        </button>
      </form>
      <FeedbackMessage feedback={feedback} className="mt-2" />
      {created ? (
        <div
          className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm"
          data-testid="new-user-password"
        >
          <p>
            Password for <strong>{created.email}</strong> (shown once; give it to them over a safe
            channel):
          </p>
          <p className="mt-1 flex items-center gap-2">
            <code
              ref={passwordRef}
              tabIndex={-1}
              className="rounded bg-white px-2 py-1 font-mono text-base"
              aria-label="Generated password"
            >
              {created.password}
            </code>
            <button
              type="button"
              className={BUTTON}
              onClick={() =>
                navigator.clipboard?.writeText(created.password).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? "Copied" : "Copy"}
            </button>
            <button type="button" className={BUTTON} onClick={() => setCreated(null)}>
              Done
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
