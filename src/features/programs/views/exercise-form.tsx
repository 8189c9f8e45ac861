import type { Lang } from "../../../platform/i18n/lang";
import { centsToDecimalString } from "../budget-amount";
import { first, type FormValues } from "../form-answer";
import { type Exercise, type ExerciseOf, RATING_MAX, RATING_MIN } from "../program-schema";
import type { BudgetSums } from "../sum-budget";
import { programText } from "../texts";
import type { ExerciseAnswer } from "../validate-exercise-answer";

export type Storage = "course" | "server" | "none";

export interface ExerciseState {
  values: FormValues;
  /** The saved answer, for diary entries. */
  saved?: ExerciseAnswer;
  /** Field name → error text. */
  errors: Map<string, string>;
  generalErrors: string[];
  notice?: string;
  sums?: BudgetSums;
}

const fieldId = (exerciseId: string, name: string) => `ex-${exerciseId}-${name.replace(/\./g, "-")}`;

function euros(cents: number, lang: Lang): string {
  const text = centsToDecimalString(cents);
  return lang === "en" ? `${text} €` : `${text.replace(".", ",")} €`;
}

interface FieldProps {
  exerciseId: string;
  name: string;
  state: ExerciseState;
}

function describedBy(props: FieldProps, extra?: string): string | undefined {
  const ids = [
    extra,
    props.state.errors.has(props.name) ? `${fieldId(props.exerciseId, props.name)}-error` : undefined,
  ].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldError(props: FieldProps) {
  const message = props.state.errors.get(props.name);
  if (!message) return null;
  return (
    <p class="error-text" id={`${fieldId(props.exerciseId, props.name)}-error`}>
      {message}
    </p>
  );
}

function TextField(
  props: FieldProps & {
    label: string;
    multiline?: boolean;
    maxLength: number;
    help?: string;
    inputMode?: "decimal" | "numeric";
  },
) {
  const id = fieldId(props.exerciseId, props.name);
  const helpId = props.help ? `${id}-help` : undefined;
  const value = first(props.state.values[props.name]) ?? "";
  const invalid = props.state.errors.has(props.name) ? true : undefined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.help && (
        <p class="meta" id={helpId}>
          {props.help}
        </p>
      )}
      <FieldError {...props} />
      {props.multiline ? (
        <textarea
          id={id}
          name={props.name}
          maxLength={props.maxLength}
          aria-describedby={describedBy(props, helpId)}
          aria-invalid={invalid}
        >
          {value}
        </textarea>
      ) : (
        <input
          type="text"
          id={id}
          name={props.name}
          value={value}
          maxLength={props.maxLength}
          inputMode={props.inputMode}
          aria-describedby={describedBy(props, helpId)}
          aria-invalid={invalid}
        />
      )}
    </div>
  );
}

function Worksheet(props: { exercise: ExerciseOf<"worksheet">; state: ExerciseState }) {
  return (
    <>
      {props.exercise.prompts.map((p) => (
        <TextField
          key={p.id}
          exerciseId={props.exercise.id}
          name={`r.${p.id}`}
          state={props.state}
          label={p.label}
          help={p.help}
          multiline
          maxLength={props.exercise.maxLength}
        />
      ))}
    </>
  );
}

function Checklist(props: { exercise: ExerciseOf<"checklist">; state: ExerciseState }) {
  const checked = new Set([props.state.values.checked ?? []].flat());
  return (
    <fieldset>
      <legend>{props.exercise.title}</legend>
      <FieldError exerciseId={props.exercise.id} name="checked" state={props.state} />
      {props.exercise.items.map((item) => {
        const id = fieldId(props.exercise.id, `checked-${item.id}`);
        return (
          <label class="choice" key={item.id} for={id}>
            <input type="checkbox" id={id} name="checked" value={item.id} checked={checked.has(item.id)} />
            {item.label}
          </label>
        );
      })}
    </fieldset>
  );
}

function Rating(props: { exercise: ExerciseOf<"rating">; state: ExerciseState }) {
  return (
    <>
      {props.exercise.scales.map((scale) => {
        const name = `v.${scale.id}`;
        const current = first(props.state.values[name]);
        const field = { exerciseId: props.exercise.id, name, state: props.state };
        const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
        return (
          <fieldset key={scale.id} class="rating" aria-describedby={describedBy(field)}>
            <legend>{scale.label}</legend>
            <FieldError {...field} />
            <p class="meta">
              {scale.min} = {scale.minLabel}, {scale.max} = {scale.maxLabel}
            </p>
            <div class="rating-options">
              {values.map((v) => {
                const id = fieldId(props.exercise.id, `${name}-${v}`);
                return (
                  <label class="choice" key={v} for={id}>
                    <input
                      type="radio"
                      id={id}
                      name={name}
                      value={String(v)}
                      checked={current === String(v)}
                    />
                    {v}
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

function Planner(props: { exercise: ExerciseOf<"activity-planner">; state: ExerciseState; lang: Lang }) {
  const e = props.exercise;
  const listId = fieldId(e.id, "suggestions");
  return (
    <>
      {e.suggestions.length > 0 && (
        <p class="meta">
          {programText(props.lang, "plannerSuggestions")}: {e.suggestions.map((s) => s.label).join(", ")}
        </p>
      )}
      <datalist id={listId}>
        {e.suggestions.map((s) => (
          <option key={s.id} value={s.label} />
        ))}
      </datalist>
      {e.days.map((day) => (
        <fieldset key={day.id} class="planner-day">
          <legend>{day.label}</legend>
          {e.slots.map((slot) => {
            const name = `a.${day.id}.${slot.id}`;
            const doneName = `d.${day.id}.${slot.id}`;
            const moodName = `m.${day.id}.${slot.id}`;
            const id = fieldId(e.id, name);
            const doneId = fieldId(e.id, doneName);
            const moodId = fieldId(e.id, moodName);
            const field = { exerciseId: e.id, name, state: props.state };
            const moodField = { exerciseId: e.id, name: moodName, state: props.state };
            return (
              <div class="field planner-cell" key={slot.id}>
                <label for={id}>{slot.label}</label>
                <FieldError {...field} />
                <input
                  type="text"
                  id={id}
                  name={name}
                  list={listId}
                  maxLength={4000}
                  value={first(props.state.values[name]) ?? ""}
                  aria-describedby={describedBy(field)}
                />
                <label class="choice" for={doneId}>
                  <input
                    type="checkbox"
                    id={doneId}
                    name={doneName}
                    checked={props.state.values[doneName] !== undefined}
                  />
                  {programText(props.lang, "plannerDone")}
                  <span class="visually-hidden">
                    : {day.label}, {slot.label}
                  </span>
                </label>
                <label for={moodId} class="planner-mood-label">
                  {programText(props.lang, "plannerMood")}
                  <span class="visually-hidden">
                    : {day.label}, {slot.label}
                  </span>
                </label>
                <FieldError {...moodField} />
                <input
                  type="number"
                  inputMode="numeric"
                  class="planner-mood"
                  id={moodId}
                  name={moodName}
                  min={RATING_MIN}
                  max={RATING_MAX}
                  step={1}
                  value={first(props.state.values[moodName]) ?? ""}
                  aria-describedby={describedBy(moodField)}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

type DiaryExercise = ExerciseOf<"thought-diary"> | ExerciseOf<"worry-diary">;

function Diary(props: { exercise: DiaryExercise; state: ExerciseState; lang: Lang }) {
  const e = props.exercise;
  const { lang, state } = props;
  const entries = state.saved && "entries" in state.saved ? state.saved.entries : [];
  const columns: [string, string][] = Object.entries(e.columns);
  const field = (name: string) => ({ exerciseId: e.id, name: `n.${name}`, state });
  return (
    <>
      <h4>{programText(lang, "entries")}</h4>
      {entries.length === 0 ? (
        <p class="meta" data-diary-empty>
          {programText(lang, "noEntries")}
        </p>
      ) : (
        <ol class="diary-entries" data-diary-entries>
          {entries.map((entry, i) => {
            const removeId = fieldId(e.id, `remove-${i}`);
            return (
              <li key={i}>
                <dl>
                  {columns.map(([key, label]) => {
                    const value = (entry as Record<string, string | number | undefined>)[key];
                    if (value === undefined || value === "") return null;
                    const shown =
                      key === "kind" && e.type === "worry-diary"
                        ? e.kindLabels[value === "practical" ? "practical" : "hypothetical"]
                        : String(value);
                    return (
                      <div key={key}>
                        <dt>{label}</dt>
                        <dd>{shown}</dd>
                      </div>
                    );
                  })}
                </dl>
                <label class="choice" for={removeId}>
                  <input type="checkbox" id={removeId} name="remove" value={String(i)} />
                  {programText(lang, "removeEntry", { n: i + 1 })}
                </label>
              </li>
            );
          })}
        </ol>
      )}
      <fieldset>
        <legend>{programText(lang, "newEntry")}</legend>
        {columns.map(([key, label]) => {
          if (key === "intensity") {
            const f = field(key);
            const id = fieldId(e.id, f.name);
            return (
              <div class="field" key={key}>
                <label for={id}>
                  {label} ({programText(lang, "intensityHint")})
                </label>
                <FieldError {...f} />
                <input
                  type="number"
                  id={id}
                  name={f.name}
                  min={0}
                  max={100}
                  step={1}
                  value={first(state.values[f.name]) ?? ""}
                  aria-describedby={describedBy(f)}
                  aria-invalid={state.errors.has(f.name) ? true : undefined}
                />
              </div>
            );
          }
          if (key === "kind" && e.type === "worry-diary") {
            const f = field(key);
            const current = first(state.values[f.name]) ?? "";
            const options: [string, string][] = [
              ["practical", e.kindLabels.practical],
              ["hypothetical", e.kindLabels.hypothetical],
              ["", programText(lang, "kindNone")],
            ];
            return (
              <fieldset key={key} aria-describedby={describedBy(f)}>
                <legend>{label}</legend>
                <FieldError {...f} />
                {options.map(([value, text]) => {
                  const id = fieldId(e.id, `${f.name}-${value || "none"}`);
                  return (
                    <label class="choice" key={value} for={id}>
                      <input type="radio" id={id} name={f.name} value={value} checked={current === value} />
                      {text}
                    </label>
                  );
                })}
              </fieldset>
            );
          }
          return (
            <TextField
              key={key}
              {...field(key)}
              label={label}
              multiline={key !== "feeling"}
              maxLength={4000}
            />
          );
        })}
      </fieldset>
    </>
  );
}

function Budget(props: { exercise: ExerciseOf<"budget">; state: ExerciseState; lang: Lang }) {
  const e = props.exercise;
  const { lang, state } = props;
  const sums = state.sums;
  const line = (prefix: "i" | "c") => (l: ExerciseOf<"budget">["income"][number]) => (
    <TextField
      key={l.id}
      exerciseId={e.id}
      name={`${prefix}.${l.id}`}
      state={state}
      label={l.label}
      help={l.help}
      maxLength={40}
      inputMode="decimal"
    />
  );
  return (
    <>
      <p class="meta">{programText(lang, "budgetHint")}</p>
      <fieldset data-budget-group="income">
        <legend>{programText(lang, "budgetIncome")}</legend>
        {e.income.map(line("i"))}
      </fieldset>
      <fieldset data-budget-group="costs">
        <legend>{programText(lang, "budgetCosts")}</legend>
        {e.costs.map(line("c"))}
      </fieldset>
      <dl class="budget-sums" aria-live="polite" data-budget-sums data-lang={lang}>
        <div>
          <dt>{programText(lang, "budgetTotalIncome")}</dt>
          <dd data-sum="income">{sums ? euros(sums.totalIncomeCents, lang) : "–"}</dd>
        </div>
        <div>
          <dt>{programText(lang, "budgetTotalCosts")}</dt>
          <dd data-sum="costs">{sums ? euros(sums.totalCostsCents, lang) : "–"}</dd>
        </div>
        <div>
          <dt>{programText(lang, "budgetBalance")}</dt>
          <dd data-sum="balance">{sums ? euros(sums.balanceCents, lang) : "–"}</dd>
        </div>
      </dl>
    </>
  );
}

export function ExerciseFields(props: { exercise: Exercise; state: ExerciseState; lang: Lang }) {
  const { exercise, state, lang } = props;
  switch (exercise.type) {
    case "worksheet":
      return <Worksheet exercise={exercise} state={state} />;
    case "checklist":
      return <Checklist exercise={exercise} state={state} />;
    case "rating":
      return <Rating exercise={exercise} state={state} />;
    case "activity-planner":
      return <Planner exercise={exercise} state={state} lang={lang} />;
    case "thought-diary":
    case "worry-diary":
      return <Diary exercise={exercise} state={state} lang={lang} />;
    case "budget":
      return <Budget exercise={exercise} state={state} lang={lang} />;
  }
}

/** One exercise as a form that works without JavaScript; the island enhances it (device storage, live sums). */
export function ExerciseForm(props: {
  lang: Lang;
  programId: string;
  moduleId: string;
  action: string;
  exercise: Exercise;
  introHtml?: string;
  state: ExerciseState;
  storage: Storage;
}) {
  const { lang, exercise, state } = props;
  const headingId = `ex-${exercise.id}-title`;
  const summaryId = `ex-${exercise.id}-errors`;
  const hasErrors = state.errors.size > 0 || state.generalErrors.length > 0;
  return (
    <section class="box exercise" id={`ex-${exercise.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{exercise.title}</h3>
      {props.introHtml && <div dangerouslySetInnerHTML={{ __html: props.introHtml }} />}
      {state.notice && (
        <p class="notice" role="status">
          {state.notice}
        </p>
      )}
      {hasErrors && (
        <div class="error-summary" id={summaryId} role="alert" tabIndex={-1}>
          <p>{programText(lang, "notSaved")}</p>
          <ul>
            {state.generalErrors.map((m, i) => (
              <li key={`g${i}`}>{m}</li>
            ))}
            {[...state.errors].map(([name, message]) => (
              <li key={name}>
                <a href={`#${fieldId(exercise.id, name)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        method="post"
        action={props.action}
        data-program-exercise
        data-program={props.programId}
        data-module={props.moduleId}
        data-exercise={exercise.id}
        data-exercise-type={exercise.type}
        data-store={props.storage}
        data-msg-device={programText(lang, "savedDevice")}
        data-msg-saved={programText(lang, props.storage === "course" ? "savedCourse" : "savedServer")}
        data-msg-error={programText(lang, "notSaved")}
        novalidate
      >
        <input type="hidden" name="exercise" value={exercise.id} />
        <ExerciseFields exercise={exercise} state={state} lang={lang} />
        <p class="save-status" role="status" aria-live="polite" data-save-status></p>
        {props.storage === "none" ? (
          <>
            <p class="meta">{programText(lang, "saveHintDevice")}</p>
            <button type="submit" name="action" value="device" hidden data-save-device>
              {programText(lang, "saveOnDevice")}
            </button>{" "}
            <button type="submit" name="action" value="create-code" data-save-new-code>
              {programText(lang, "saveWithNewCode")}
            </button>
          </>
        ) : (
          <button type="submit" name="action" value="save">
            {programText(lang, "save")}
          </button>
        )}
      </form>
    </section>
  );
}
