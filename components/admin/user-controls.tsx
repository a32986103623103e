"use client";
// Per-user controls in the users table: change role, deactivate (with a confirm step) or reactivate.
// An admin's own row explains why they cannot demote or deactivate themselves.
import { useState } from "react";
import { setUserRoleAction } from "@/lib/admin/actions/set-user-role";
import { setUserActiveAction } from "@/lib/admin/actions/set-user-active";
import { BUTTON, BUTTON_DANGER, INPUT } from "@/components/ui/styles";
import { FeedbackMessage } from "./feedback-message";
import { useFormOperation } from "@/components/ui/use-form-operation";

const ROLES = ["ADMIN", "EDITOR", "MODERATOR"] as const;

export function UserRoleControl({
  userId,
  name,
  role,
  self,
}: {
  userId: string;
  name: string;
  role: string;
  self: boolean;
}) {
  const { pending, feedback, run } = useFormOperation();
  const [choice, setChoice] = useState(role);
  const id = `role-${userId}`;
  if (self)
    return (
      <span title="You cannot change your own role; ask another admin.">
        {role.toLowerCase()} <span className="sr-only">(your own role cannot be changed here)</span>
      </span>
    );
  return (
    <div>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role of {name}
        </label>
        <select
          id={id}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          className={INPUT}
          disabled={pending}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r.toLowerCase()}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={BUTTON}
          disabled={pending || choice === role}
          onClick={() =>
            run(
              setUserRoleAction,
              { userId, role: choice },
              () => `${name} is now ${choice.toLowerCase()}.`,
            )
          }
        >
          Change role<span className="sr-only"> of {name}</span>
        </button>
      </div>
      <FeedbackMessage feedback={feedback} className="mt-1" />
    </div>
  );
}

export function UserActiveControl({
  userId,
  name,
  active,
  self,
}: {
  userId: string;
  name: string;
  active: boolean;
  self: boolean;
}) {
  const { pending, feedback, run } = useFormOperation();
  const [confirming, setConfirming] = useState(false);
  const status = (
    <span className={active ? "font-medium text-green-800" : "font-medium text-slate-600"}>
      {active ? "Active" : "Deactivated"}
    </span>
  );
  if (self) return status;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {status}
        {active && !confirming ? (
          <button
            type="button"
            className={BUTTON_DANGER}
            disabled={pending}
            onClick={() => setConfirming(true)}
          >
            Deactivate<span className="sr-only"> {name}</span>
          </button>
        ) : null}
        {active && confirming ? (
          <>
            <button
              type="button"
              autoFocus
              className={BUTTON_DANGER}
              disabled={pending}
              onClick={() =>
                run(setUserActiveAction, { userId, active: false }, (d) => {
                  setConfirming(false);
                  return `${name} is deactivated; ${d.sessionsEnded} session(s) ended.`;
                })
              }
            >
              Confirm: deactivate {name}
            </button>
            <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : null}
        {!active ? (
          <button
            type="button"
            className={BUTTON}
            disabled={pending}
            onClick={() =>
              run(setUserActiveAction, { userId, active: true }, () => `${name} can sign in again.`)
            }
          >
            Reactivate<span className="sr-only"> {name}</span>
          </button>
        ) : null}
      </div>
      <FeedbackMessage feedback={feedback} />
    </div>
  );
}
