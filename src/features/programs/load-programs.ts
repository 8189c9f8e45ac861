import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { type Lang, langs } from "../../platform/i18n/lang";
import { loadLinkTargets } from "../library/index";
import { checkProgramLinks } from "./internal-links";
import { compareProgramStructures } from "./program-structure";
import { type Program, programSchema } from "./program-schema";

export interface LoadedProgram {
  lang: Lang;
  /** Path of the source file, for error messages. */
  file: string;
  program: Program;
}

export class ProgramLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Self-care programs failed to load:\n- ${problems.join("\n- ")}`);
    this.name = "ProgramLoadError";
  }
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(".yaml")).sort();
  } catch (error) {
    // A language without programs yet is not an error.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Reads and validates every `content/<lang>/programs/<id>.yaml`. Collects all problems (schema, id vs file name,
 * duplicate slugs, broken internal links, structure differing between languages) and throws them together as a
 * ProgramLoadError, so one run shows everything that needs fixing.
 */
export async function loadPrograms({ contentDir }: { contentDir: string }): Promise<LoadedProgram[]> {
  const loaded: LoadedProgram[] = [];
  const problems: string[] = [];

  for (const lang of langs) {
    const dir = join(contentDir, lang, "programs");
    const slugs = new Map<string, string>();
    for (const name of await listYaml(dir)) {
      const file = join(dir, name);
      let data: unknown;
      try {
        data = parse(await readFile(file, "utf8"));
      } catch (error) {
        problems.push(`${file}: invalid YAML: ${(error as Error).message}`);
        continue;
      }
      const result = programSchema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${file}: ${issue.path.join(".")}: ${issue.message}`);
        continue;
      }
      const program = result.data;
      if (`${program.id}.yaml` !== name)
        problems.push(`${file}: id "${program.id}" does not match the file name`);
      const clash = slugs.get(program.slug);
      if (clash) problems.push(`${file}: slug "${program.slug}" is also used by ${clash}`);
      slugs.set(program.slug, program.id);
      loaded.push({ lang, file, program });
    }
  }

  // Links are checked against the programs that did load, so a link to a broken program is reported too.
  const linkTargets = loadLinkTargets({
    contentDir,
    programs: loaded.map(({ lang, program }) => ({ lang, id: program.id, slug: program.slug })),
  });
  for (const { lang, file, program } of loaded)
    for (const p of checkProgramLinks({ program, targets: linkTargets[lang] }))
      problems.push(`${file}: ${p}`);

  const byId = new Map<string, LoadedProgram[]>();
  for (const l of loaded) byId.set(l.program.id, [...(byId.get(l.program.id) ?? []), l]);
  for (const [id, versions] of byId) {
    const [reference, ...others] = versions;
    if (!reference) continue;
    for (const other of others) {
      for (const diff of compareProgramStructures({ reference: reference.program, other: other.program })) {
        problems.push(`${id}: ${other.lang} differs from ${reference.lang}: ${diff}`);
      }
    }
  }

  if (problems.length > 0) throw new ProgramLoadError(problems);
  return loaded;
}
