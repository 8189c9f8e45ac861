/**
 * Quick exit: the link works without JavaScript; with it, Esc pressed twice within a second also leaves,
 * and `location.replace` keeps this site out of the Back button's history.
 */
export function installQuickExit(doc: Document, win: Window): void {
  const link = doc.querySelector<HTMLAnchorElement>("a[data-quick-exit]");
  if (!link) return;
  const leave = (): void => {
    doc.body.style.visibility = "hidden";
    win.location.replace(link.href);
  };
  link.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });
  let lastEscape = 0;
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < 1000) leave();
    lastEscape = now;
  });
}
