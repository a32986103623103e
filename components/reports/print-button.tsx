"use client";
// Opens the browser's print dialog; the print stylesheet leaves a clean summary (save as PDF there).
import { BUTTON } from "@/components/ui/styles";

export function PrintButton() {
  return (
    <button type="button" className={`${BUTTON} no-print`} onClick={() => window.print()}>
      Print / PDF
    </button>
  );
}
