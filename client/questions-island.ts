/**
 * A voucher card's QR link carries the code in the URL fragment (`#voucher=…`), which browsers never send
 * to a server. This copies it into the form field, then removes it from the address bar and history.
 */
export function initVoucherField(field: HTMLInputElement, win: Window = window): void {
  const match = /(?:^#|&)voucher=([0-9A-Za-z-]{4,40})/.exec(win.location.hash);
  if (!match?.[1]) return;
  field.value = match[1].toUpperCase();
  win.history.replaceState(null, "", win.location.pathname + win.location.search);
  const status = field.form?.querySelector<HTMLElement>("[data-voucher-status]");
  if (status) status.textContent = field.dataset.filledText ?? "";
}
