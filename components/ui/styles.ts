// Class names shared by every domain's forms, buttons, cards and tables, so controls look and focus alike.
export const INPUT =
  "rounded border border-slate-400 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 disabled:bg-slate-100";
export const LABEL = "flex flex-col gap-1 text-sm font-medium text-slate-800";
export const BUTTON =
  "inline-flex items-center gap-1 rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";
export const BUTTON_PRIMARY =
  "inline-flex items-center gap-1 rounded bg-slate-900 px-3 py-1 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-60";
export const BUTTON_DANGER =
  "inline-flex items-center gap-1 rounded border border-red-700 bg-white px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60";
export const TABLE = "w-full border-collapse text-left text-sm";
export const TH = "border-b border-slate-300 px-2 py-1.5 font-semibold text-slate-700";
export const TD = "border-b border-slate-200 px-2 py-1.5 align-top";
export const CARD = "rounded-lg border border-slate-200 bg-white p-4";
