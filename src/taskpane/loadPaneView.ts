// The content's chunk, asked for once: main.ts starts it with the page (and reports a failure as a failed start),
// PaneRoot renders it lazily from the same request.
let view: Promise<typeof import("./PaneView")> | null = null;

export function loadPaneView(): Promise<typeof import("./PaneView")> {
  view ??= import(/* webpackChunkName: "pane" */ "./PaneView");
  // A failed load is asked again next time (webpack retries a chunk that failed).
  view.catch(() => (view = null));
  return view;
}
