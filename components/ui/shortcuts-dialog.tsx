"use client";
// "?" lists every keyboard shortcut of the workspace.
import { ModalDialog } from "./modal-dialog";

const GROUPS: Array<{ title: string; keys: Array<[string, string]> }> = [
  {
    title: "Moving",
    keys: [
      ["j / k", "Next / previous comment (skips ones others are reviewing)"],
      ["Enter", "Open the comment"],
      ["/", "Search"],
      [
        "g then q a i r s",
        "Go to Queue, Articles, Import, Reports, Admin (the key after g never decides)",
      ],
      ["?", "This list"],
    ],
  },
  {
    title: "Deciding",
    keys: [
      ["a", "Approve (on a hidden comment: Unhide, which asks for a reason)"],
      ["f then 1–7", "Flag with a category"],
      ["h", "Hide (asks for a reason)"],
      ["u", "Undo the last action"],
    ],
  },
  {
    title: "More",
    keys: [
      ["x", "Select / unselect the row (queue)"],
      ["n", "Write a note (review page)"],
      ["Esc", "Close a dialog"],
    ],
  },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts" testId="shortcuts-dialog">
      {GROUPS.map((group) => (
        <section key={group.title} className="mb-3">
          <h3 className="text-sm font-semibold text-slate-700">{group.title}</h3>
          <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
            {group.keys.map(([key, what]) => (
              <div key={key} className="contents">
                <dt>
                  <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs">
                    {key}
                  </kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button
        type="button"
        onClick={onClose}
        className="mt-2 rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
      >
        Close
      </button>
    </ModalDialog>
  );
}
