import { amountToCents } from "../src/features/programs/budget-amount";

/**
 * Self-care programs, enhanced: answers kept on this device (localStorage) unless a resume code or a guided course
 * keeps them on the server, validation and crisis check through the same endpoint as the no-JS form, live budget
 * sums. Every form works without this file.
 */
const STORE_KEY = "luukku-programs-v1";

type Values = Record<string, string | string[]>;
interface DeviceExercise {
  answer: unknown;
  values: Values;
}
interface DeviceProgram {
  exercises: Record<string, DeviceExercise>;
  done: string[];
}
interface DeviceStore {
  programs: Record<string, DeviceProgram>;
}

function readStore(win: Window): DeviceStore {
  try {
    const parsed = JSON.parse(win.localStorage.getItem(STORE_KEY) ?? "null") as DeviceStore | null;
    if (parsed && typeof parsed.programs === "object") return parsed;
  } catch {
    // A broken or blocked store is the same as an empty one.
  }
  return { programs: {} };
}

function writeStore(win: Window, store: DeviceStore): void {
  try {
    win.localStorage.setItem(STORE_KEY, JSON.stringify(store));
  } catch {
    // Storage full or blocked: the answer is still on the screen.
  }
}

function programOf(store: DeviceStore, id: string): DeviceProgram {
  store.programs[id] ??= { exercises: {}, done: [] };
  return store.programs[id];
}

function formValues(form: HTMLFormElement): Values {
  const values: Values = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string" || key === "exercise" || key === "action") continue;
    const prev = values[key];
    values[key] = prev === undefined ? value : [prev, value].flat();
  }
  return values;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const many = (v: string | string[] | undefined) => (v === undefined ? [] : [v].flat());
const num = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v);

/** The same answer shapes as the server's form reader, built from field names alone. */
function buildAnswer(type: string, values: Values, previousEntries: unknown[]): unknown {
  const pick = (prefix: string) =>
    Object.entries(values)
      .filter(([k, v]) => k.startsWith(prefix) && one(v).trim() !== "")
      .map(([k, v]) => [k.slice(prefix.length), one(v)] as const);
  switch (type) {
    case "worksheet":
      return { responses: Object.fromEntries(pick("r.")) };
    case "checklist":
      return { checked: many(values.checked) };
    case "rating":
      return { values: Object.fromEntries(pick("v.").map(([k, v]) => [k, num(v)])) };
    case "activity-planner":
      return {
        cells: pick("a.").map(([key, activity]) => {
          const [day, slot] = key.split(".");
          const mood = one(values[`m.${key}`]).trim();
          return {
            day,
            slot,
            activity,
            ...(values[`d.${key}`] !== undefined ? { done: true } : {}),
            ...(mood !== "" ? { mood: num(mood) } : {}),
          };
        }),
      };
    case "thought-diary":
    case "worry-diary": {
      const removed = new Set(many(values.remove));
      const kept = previousEntries.filter((_e, i) => !removed.has(String(i)));
      const entry = Object.fromEntries(pick("n.").map(([k, v]) => [k, k === "intensity" ? num(v) : v]));
      return { entries: Object.keys(entry).length ? [...kept, entry] : kept };
    }
    case "budget":
      return { income: Object.fromEntries(pick("i.")), costs: Object.fromEntries(pick("c.")) };
    default:
      return {};
  }
}

function fillForm(form: HTMLFormElement, values: Values): void {
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || !el.name) continue;
    const v = values[el.name];
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.name === "remove") continue;
      el.checked = many(v).includes(el.type === "checkbox" && el.name !== "checked" ? "on" : el.value);
    } else if (!el.name.startsWith("n.") && el.type !== "hidden") {
      el.value = one(v);
    }
  }
}

function renderEntries(form: HTMLFormElement, entries: unknown[], doc: Document): void {
  // Device-kept diary entries, listed plainly; the server lists them itself when it keeps them.
  let list = form.querySelector<HTMLOListElement>("[data-device-entries]");
  if (!list) {
    list = doc.createElement("ol");
    list.dataset.deviceEntries = "";
    list.className = "diary-entries";
    form.querySelector("fieldset")?.before(list);
  }
  list.replaceChildren(
    ...entries.map((entry) => {
      const li = doc.createElement("li");
      li.textContent = Object.values(entry as Record<string, unknown>)
        .map((v) => String(v))
        .join(" · ");
      return li;
    }),
  );
  form.parentElement?.querySelector("[data-diary-empty]")?.toggleAttribute("hidden", entries.length > 0);
}

function formatCents(cents: number, lang: string): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return `${lang === "en" ? text : text.replace(".", ",")} €`;
}

function updateBudget(form: HTMLFormElement): void {
  const box = form.querySelector<HTMLElement>("[data-budget-sums]");
  if (!box) return;
  const total = (prefix: string) => {
    let sum = 0;
    let ok = true;
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name^="${prefix}"]`))) {
      if (input.value.trim() === "") continue;
      const parsed = amountToCents(input.value);
      if (parsed.ok) sum += parsed.cents;
      else ok = false;
    }
    return ok ? sum : undefined;
  };
  const income = total("i.");
  const costs = total("c.");
  const lang = box.dataset.lang ?? "fi";
  const set = (name: string, cents: number | undefined) => {
    const el = box.querySelector(`[data-sum="${name}"]`);
    if (el) el.textContent = cents === undefined ? "–" : formatCents(cents, lang);
  };
  set("income", income);
  set("costs", costs);
  set("balance", income !== undefined && costs !== undefined ? income - costs : undefined);
}

/**
 * Says why a save failed, in the server's words (already in the person's language), and marks the fields it
 * names, focusing the first, so the person sees what to fix; nothing typed is cleared.
 */
function showSaveErrors(
  form: HTMLFormElement,
  status: HTMLElement | null,
  response: Response | undefined,
): void {
  const fallback = form.dataset.msgError ?? "";
  if (!response) {
    if (status) status.textContent = fallback;
    return;
  }
  void response
    .json()
    .catch(() => ({}))
    .then((body: { error?: { message?: string }; errors?: { message?: string; field?: string }[] }) => {
      const errors = Array.isArray(body.errors) ? body.errors : [];
      const messages = [...new Set(errors.map((e) => e.message).filter((m): m is string => !!m))];
      if (status) status.textContent = [body.error?.message ?? fallback, ...messages].join(" ");
      let focused = false;
      for (const error of errors) {
        if (!error.field) continue;
        const field = form.querySelector<HTMLElement>(`[name="${CSS.escape(error.field)}"]`);
        if (!field) continue;
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("data-island-invalid", "");
        if (!focused) {
          field.focus();
          focused = true;
        }
      }
    });
}

function enhanceExercise(form: HTMLFormElement, doc: Document, win: Window): void {
  const programId = form.dataset.program ?? "";
  const exerciseId = form.dataset.exercise ?? "";
  const type = form.dataset.exerciseType ?? "";
  const store = form.dataset.store ?? "none";
  const status = form.querySelector<HTMLElement>("[data-save-status]");
  const isDiary = type === "thought-diary" || type === "worry-diary";
  const device = () => programOf(readStore(win), programId).exercises[exerciseId];

  if (store === "none") {
    form.querySelector<HTMLButtonElement>("[data-save-device]")?.removeAttribute("hidden");
    const saved = device();
    if (saved) {
      fillForm(form, saved.values);
      if (isDiary) renderEntries(form, (saved.answer as { entries?: unknown[] }).entries ?? [], doc);
    }
  }
  if (type === "budget") {
    updateBudget(form);
    form.addEventListener("input", () => {
      updateBudget(form);
    });
  }

  form.addEventListener("submit", (event) => {
    const submitter = event.submitter;
    // Creating a resume code, and diaries kept on the server, go through the plain form post.
    if (submitter?.hasAttribute("data-save-new-code") || (isDiary && store !== "none")) return;
    event.preventDefault();
    const values = formValues(form);
    const previous = isDiary
      ? ((device()?.answer as { entries?: unknown[] } | undefined)?.entries ?? [])
      : [];
    const answer = buildAnswer(type, values, previous);
    void (async () => {
      const response = await fetch(form.getAttribute("action") ?? "", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ exercise: exerciseId, answer, action: store === "none" ? "device" : "save" }),
      }).catch(() => undefined);
      for (const el of Array.from(form.querySelectorAll("[aria-invalid='true'][data-island-invalid]"))) {
        el.removeAttribute("aria-invalid");
        el.removeAttribute("data-island-invalid");
      }
      if (!response?.ok) {
        showSaveErrors(form, status, response);
        return;
      }
      const result = (await response.json()) as { saved: boolean; crisis: boolean };
      if (store === "none") {
        const all = readStore(win);
        const keep = Object.fromEntries(
          Object.entries(values).filter(([key]) => key !== "remove" && !key.startsWith("n.")),
        );
        programOf(all, programId).exercises[exerciseId] = { answer, values: keep };
        writeStore(win, all);
        if (isDiary) {
          renderEntries(form, (answer as { entries: unknown[] }).entries, doc);
          for (const el of Array.from(
            form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[name^='n.']"),
          ))
            if (el.type === "radio") (el as HTMLInputElement).checked = false;
            else el.value = "";
        }
      }
      if (status)
        status.textContent = (store === "none" ? form.dataset.msgDevice : form.dataset.msgSaved) ?? "";
      if (result.crisis) {
        const panel = doc.querySelector<HTMLElement>("[data-crisis-panel]");
        if (panel) {
          panel.hidden = false;
          panel.tabIndex = -1;
          panel.focus();
        }
      }
    })();
  });
}

function enhanceDoneForm(form: HTMLFormElement, win: Window): void {
  if (form.dataset.store !== "none") return;
  const page = form.closest<HTMLElement>("[data-module-page]");
  const programId = page?.dataset.program ?? "";
  const moduleId = page?.dataset.module ?? "";
  const button = form.querySelector<HTMLButtonElement>("[data-done-button]");
  const render = () => {
    const done = programOf(readStore(win), programId).done.includes(moduleId);
    if (button) button.textContent = (done ? button.dataset.labelUndone : button.dataset.labelDone) ?? "";
  };
  render();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const all = readStore(win);
    const program = programOf(all, programId);
    program.done = program.done.includes(moduleId)
      ? program.done.filter((m) => m !== moduleId)
      : [...program.done, moduleId];
    writeStore(win, all);
    render();
  });
}

export function initProgramsIsland(doc: Document, win: Window): void {
  const page = doc.querySelector<HTMLElement>("[data-program-page]");
  if (page?.dataset.clearDevice === "1") {
    // The answers now live behind the resume code; a shared device should not keep a second copy.
    win.localStorage.removeItem(STORE_KEY);
  } else if (page) {
    const done = programOf(readStore(win), page.dataset.programPage ?? "").done;
    for (const li of Array.from(page.querySelectorAll<HTMLElement>("[data-module-id]"))) {
      if (done.includes(li.dataset.moduleId ?? ""))
        li.querySelector("[data-done-mark]")?.removeAttribute("hidden");
    }
  }
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>("form[data-program-exercise]")))
    enhanceExercise(form, doc, win);
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>("form[data-module-done-form]")))
    enhanceDoneForm(form, win);
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>("form[data-resume-create]"))) {
    form.addEventListener("submit", () => {
      const input = form.querySelector<HTMLInputElement>("[data-device-data]");
      if (!input) return;
      const store = readStore(win);
      const programs = Object.fromEntries(
        Object.entries(store.programs).map(([id, p]) => [
          id,
          {
            answers: Object.fromEntries(Object.entries(p.exercises).map(([e, x]) => [e, x.answer])),
            done: p.done,
          },
        ]),
      );
      input.value = JSON.stringify({ programs });
    });
  }
}
