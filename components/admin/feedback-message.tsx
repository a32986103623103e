// The outcome of an admin action: a polite status for success, an alert for errors. The live
// region is always rendered so screen readers announce its changes.
import type { TFeedback } from "@/components/ui/use-form-operation";

export function FeedbackMessage({
  feedback,
  className = "",
}: {
  feedback: TFeedback;
  className?: string;
}) {
  return (
    <div aria-live="polite" className={className}>
      {feedback?.kind === "ok" ? (
        <p role="status" className="text-sm text-green-800">
          ✓ {feedback.text}
        </p>
      ) : feedback?.kind === "error" ? (
        <p role="alert" className="text-sm text-red-800">
          ⚠ {feedback.text}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({
  feedback,
  field,
  id,
}: {
  feedback: TFeedback;
  field: string;
  id: string;
}) {
  const messages = feedback?.fieldErrors?.[field];
  if (!messages?.length) return null;
  return (
    <span id={id} className="text-xs font-normal text-red-800">
      {messages.join(" ")}
    </span>
  );
}
