"use client";
// Ingestion API keys: create (the secret is shown once), list with last use, revoke.
import { useRef, useState } from "react";
import type { TApiKeyRow } from "@/lib/admin/schemas";
import { createApiKeyAction } from "@/lib/admin/actions/create-api-key";
import { revokeApiKeyAction } from "@/lib/admin/actions/revoke-api-key";
import {
  BUTTON,
  BUTTON_DANGER,
  BUTTON_PRIMARY,
  CARD,
  INPUT,
  LABEL,
  TABLE,
  TD,
  TH,
} from "@/components/ui/styles";
import { FeedbackMessage, FieldError } from "./feedback-message";
import { useFormOperation } from "@/components/ui/use-form-operation";

const when = (iso: string | null) =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "never";

export function ApiKeysManager({ keys }: { keys: TApiKeyRow[] }) {
  const { pending, feedback, run } = useFormOperation();
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const secretRef = useRef<HTMLElement>(null);

  function create(form: FormData) {
    setSecret(null);
    run(createApiKeyAction, { name: String(form.get("name") ?? "") }, (k) => {
      setSecret({ name: k.name, token: k.token });
      formRef.current?.reset();
      setTimeout(() => secretRef.current?.focus(), 0);
      return `Created key “${k.name}”.`;
    });
  }

  return (
    <>
      <section aria-labelledby="key-form-heading" className={`${CARD} mb-6`}>
        <h2 id="key-form-heading" className="mb-1 font-semibold">
          Create a key
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          For the ingestion endpoint: send it as <code>Authorization: Bearer &lt;key&gt;</code>.
          Vigil stores only a hash; the key is shown once.
        </p>
        <form ref={formRef} action={create} className="flex flex-wrap items-end gap-3">
          <label className={LABEL}>
            Name (who or what uses it)
            <input
              name="name"
              required
              maxLength={100}
              className={`${INPUT} w-64`}
              aria-describedby="key-name-error"
            />
            <FieldError feedback={feedback} field="name" id="key-name-error" />
          </label>
          <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
            Create key
          </button>
        </form>
        <FeedbackMessage feedback={feedback} className="mt-2" />
        {secret ? (
          <div className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
            <p>
              Key for <strong>{secret.name}</strong>. Copy it now: it will not be shown again.
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <code
                ref={secretRef}
                tabIndex={-1}
                className="break-all rounded bg-white px-2 py-1 font-mono"
                aria-label="New API key"
              >
                {secret.token}
              </code>
              <button
                type="button"
                className={BUTTON}
                onClick={() => navigator.clipboard?.writeText(secret.token)}
              >
                Copy
              </button>
              <button type="button" className={BUTTON} onClick={() => setSecret(null)}>
                Done
              </button>
            </p>
          </div>
        ) : null}
      </section>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-600">No API keys yet.</p>
      ) : (
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Name
              </th>
              <th scope="col" className={TH}>
                Key starts with
              </th>
              <th scope="col" className={TH}>
                Created
              </th>
              <th scope="col" className={TH}>
                Last used
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} className={k.revokedAt ? "text-slate-600" : ""}>
                <th scope="row" className={`${TD} font-medium`}>
                  {k.name}
                </th>
                <td className={`${TD} font-mono`}>{k.prefix}…</td>
                <td className={TD}>
                  {when(k.createdAt)}
                  {k.createdBy ? (
                    <span className="block text-xs text-slate-600">by {k.createdBy}</span>
                  ) : null}
                </td>
                <td className={TD}>{when(k.lastUsedAt)}</td>
                <td className={TD}>
                  {k.revokedAt ? (
                    `revoked ${k.revokedAt.slice(0, 10)}`
                  ) : (
                    <strong className="text-green-800">active</strong>
                  )}
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  {k.revokedAt ? null : confirming === k.id ? (
                    <>
                      <button
                        type="button"
                        autoFocus
                        className={BUTTON_DANGER}
                        disabled={pending}
                        onClick={() =>
                          run(revokeApiKeyAction, { id: k.id }, () => {
                            setConfirming(null);
                            return `Revoked “${k.name}”.`;
                          })
                        }
                      >
                        Confirm: revoke {k.name}
                      </button>{" "}
                      <button type="button" className={BUTTON} onClick={() => setConfirming(null)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className={BUTTON_DANGER}
                      onClick={() => setConfirming(k.id)}
                    >
                      Revoke<span className="sr-only"> {k.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
