/**
 * Live updates of a guided course (client and professional pages). The server only says "this course changed"
 * over Server-Sent Events; the page is then fetched again with the same session and the marked regions are
 * swapped in, so nothing is shown here that a reload would not show. Without this script, reload works.
 */
export function initProgramsLive(root: HTMLElement, doc: Document, win: Window & typeof globalThis): void {
  const src = root.dataset.liveSrc;
  const page = root.dataset.livePage ?? win.location.pathname;
  if (!src || typeof win.EventSource !== "function") return;
  let busy = false;
  let again = false;

  const refresh = async (): Promise<void> => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      // The page's own address, not the form post that may have rendered it.
      const response = await win.fetch(page, {
        credentials: "same-origin",
        cache: "no-store",
        headers: { accept: "text/html" },
      });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const region of doc.querySelectorAll<HTMLElement>("[data-live-region]")) {
        const next = fresh.getElementById(region.id);
        if (next) mergeRegion(region, next, doc);
      }
    } catch {
      // Offline for a moment: the next change or a reload brings the page up to date.
    } finally {
      busy = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  };

  const events = new win.EventSource(src);
  let opened = false;
  events.addEventListener("change", () => void refresh());
  events.addEventListener("open", () => {
    // After a reconnect something may have changed while the stream was down.
    if (opened) void refresh();
    opened = true;
  });
  root.dataset.liveReady = "true";
  win.addEventListener("pagehide", () => {
    events.close();
  });
}

/** Appends new items to append-only lists (so screen readers announce only what is new), replaces the rest. */
function mergeRegion(region: HTMLElement, next: HTMLElement, doc: Document): void {
  if (region.dataset.liveAppend === undefined) {
    region.replaceChildren(...[...next.childNodes].map((n) => doc.importNode(n, true)));
    return;
  }
  const list = region.querySelector("ol, ul");
  const nextList = next.querySelector("ol, ul");
  if (!list || !nextList) {
    region.replaceChildren(...[...next.childNodes].map((n) => doc.importNode(n, true)));
    return;
  }
  for (const item of nextList.children) {
    if (item.id && !doc.getElementById(item.id)) list.append(doc.importNode(item, true));
  }
  for (const extra of region.querySelectorAll<HTMLElement>("[data-live-extra]")) extra.remove();
  for (const extra of next.querySelectorAll<HTMLElement>("[data-live-extra]")) {
    region.append(doc.importNode(extra, true));
  }
}
