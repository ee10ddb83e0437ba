import type { Step } from "../../diagnosis";

/** Saves a step's file (the Outlook 2013 .reg) through a temporary object URL. */
export function download(step: Step): void {
  if (!step.download) return;
  const blob = new Blob([step.download.content], { type: step.download.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = step.download.filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
