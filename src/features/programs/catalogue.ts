import { langs, type Lang, type Localized } from "../../platform/i18n/lang";
import { loadPrograms } from "./load-programs";
import { modulePath, programPath } from "./paths";
import type { Exercise, PartKind, Program, ProgramModule } from "./program-schema";
import { loadLinkTargets } from "../library/index";
import { renderContentMarkdown } from "./render-markdown";

export interface CatalogueModule {
  module: ProgramModule;
  partKind: PartKind;
  partTitle: string;
  /** 0-based position among all of the program's modules. */
  index: number;
  path: string;
  bodyHtml: string;
  introHtml: ReadonlyMap<string, string>;
  alternates: Partial<Localized>;
}

export interface CatalogueProgram {
  lang: Lang;
  program: Program;
  path: string;
  forWhomHtml: string;
  notForHtml: string;
  seekHelpHtml: string;
  modules: CatalogueModule[];
  alternates: Partial<Localized>;
}

export interface Catalogue {
  list: (lang: Lang) => readonly CatalogueProgram[];
  bySlug: (lang: Lang, slug: string) => CatalogueProgram | undefined;
  byId: (lang: Lang, id: string) => CatalogueProgram | undefined;
  /** Languages a program exists in. */
  langsOf: (id: string) => Lang[];
  exercise: (programId: string, exerciseId: string, lang: Lang) => ExerciseLocation | undefined;
}

export interface ExerciseLocation {
  exercise: Exercise;
  module: CatalogueModule;
}

/** Loads and validates every program once at start and renders all Markdown to sanitised HTML. */
export async function loadCatalogue(options: { contentDir: string }): Promise<Catalogue> {
  const loaded = await loadPrograms({ contentDir: options.contentDir });
  const linkTargets = loadLinkTargets({
    contentDir: options.contentDir,
    programs: loaded.map(({ lang, program }) => ({ lang, id: program.id, slug: program.slug })),
  });
  const programsByLang = new Map<Lang, Map<string, Program>>(langs.map((l) => [l, new Map()]));
  for (const { lang, program } of loaded) programsByLang.get(lang)?.set(program.id, program);
  const find = (lang: Lang, id: string) => programsByLang.get(lang)?.get(id);

  const alternatesOf = (id: string, pathFor: (lang: Lang, program: Program) => string | undefined) => {
    const alternates: Partial<Localized> = {};
    for (const l of langs) {
      const p = find(l, id);
      const href = p ? pathFor(l, p) : undefined;
      if (href) alternates[l] = href;
    }
    return alternates;
  };

  const byLang = new Map<Lang, CatalogueProgram[]>();
  for (const lang of langs) {
    const targets = linkTargets[lang];
    const md = (text: string) => renderContentMarkdown(text, targets);
    const list: CatalogueProgram[] = [];
    for (const program of programsByLang.get(lang)?.values() ?? []) {
      let index = 0;
      const modules: CatalogueModule[] = [];
      for (const part of program.parts) {
        for (const module of part.modules) {
          const introHtml = new Map<string, string>();
          for (const e of module.exercises) if (e.intro) introHtml.set(e.id, md(e.intro));
          modules.push({
            module,
            partKind: part.kind,
            partTitle: part.title,
            index: index++,
            path: modulePath(lang, program, module),
            bodyHtml: md(module.body),
            introHtml,
            alternates: alternatesOf(program.id, (l, p) => {
              const m = p.parts.flatMap((x) => x.modules).find((x) => x.id === module.id);
              return m ? modulePath(l, p, m) : undefined;
            }),
          });
        }
      }
      list.push({
        lang,
        program,
        path: programPath(lang, program),
        forWhomHtml: md(program.forWhom),
        notForHtml: md(program.notFor),
        seekHelpHtml: md(program.seekHelpInstead),
        modules,
        alternates: alternatesOf(program.id, (l, p) => programPath(l, p)),
      });
    }
    list.sort((a, b) => a.program.title.localeCompare(b.program.title, lang));
    byLang.set(lang, list);
  }

  const slugIndex = new Map<string, CatalogueProgram>();
  const idIndex = new Map<string, CatalogueProgram>();
  for (const [lang, list] of byLang) {
    for (const p of list) {
      slugIndex.set(`${lang}/${p.program.slug}`, p);
      idIndex.set(`${lang}/${p.program.id}`, p);
    }
  }
  return {
    list: (lang) => byLang.get(lang) ?? [],
    bySlug: (lang, slug) => slugIndex.get(`${lang}/${slug}`),
    byId: (lang, id) => idIndex.get(`${lang}/${id}`),
    langsOf: (id) => langs.filter((l) => idIndex.has(`${l}/${id}`)),
    exercise: (programId, exerciseId, lang) => {
      const p = idIndex.get(`${lang}/${programId}`);
      for (const m of p?.modules ?? []) {
        const exercise = m.module.exercises.find((e) => e.id === exerciseId);
        if (exercise) return { exercise, module: m };
      }
      return undefined;
    },
  };
}
