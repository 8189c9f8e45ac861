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

/**
 * Without JavaScript the topic list groups every service's topics under its name; here only the chosen
 * service's group is shown, and a topic of another service is cleared when the service changes.
 */
export function initTopicFilter(form: HTMLFormElement): void {
  const select = form.querySelector<HTMLSelectElement>("select[name='topic']");
  const groups = Array.from(form.querySelectorAll<HTMLOptGroupElement>("optgroup[data-service-topics]"));
  if (!select || groups.length === 0) return;
  const show = () => {
    const chosen = form.querySelector<HTMLInputElement>("input[name='serviceId']:checked")?.value;
    for (const group of groups) {
      const mine = group.dataset.serviceTopics === chosen;
      group.hidden = !mine;
      group.disabled = !mine;
      if (!mine && select.selectedOptions[0]?.parentElement === group) select.value = "";
    }
  };
  for (const radio of Array.from(form.querySelectorAll<HTMLInputElement>("input[name='serviceId']")))
    radio.addEventListener("change", show);
  show();
}
