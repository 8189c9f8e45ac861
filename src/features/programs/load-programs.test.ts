import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { type Lang, langs } from "../../platform/i18n/lang";
import { programTexts } from "./internal-links";
import { type LoadedProgram, ProgramLoadError, loadPrograms } from "./load-programs";
import { makeProgramFixture } from "./make-program-fixture";
import { compareProgramStructures } from "./program-structure";

const root = join(import.meta.dirname, "../../..");
const contentDir = join(root, "content");

/** Backticked names on the README bullet that starts with `scheme:`, split at "in Finnish only". */
async function readmeTargets(scheme: string): Promise<{ all: string[]; finnishOnly: string[] }> {
  const readme = await readFile(join(contentDir, "README.md"), "utf8");
  const lines = readme.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`- \`${scheme}:`));
  if (start < 0) throw new Error(`README has no ${scheme}: bullet`);
  let text = lines[start] ?? "";
  for (const next of lines.slice(start + 1)) {
    if (!next.startsWith("  ")) break;
    text += ` ${next}`;
  }
  const names = (t: string) => [...t.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? "");
  const [main = "", finnish = ""] = text.replace(/`[a-z]+:<[a-z]+>`/, "").split("in Finnish only");
  return { all: names(main), finnishOnly: names(finnish) };
}

/** Phone numbers exactly as written in seed/helplines.csv. */
async function helplinePhones(): Promise<Set<string>> {
  const csv = await readFile(join(root, "seed/helplines.csv"), "utf8");
  const phones = new Set<string>(["112"]);
  for (const line of csv.split("\n").slice(1)) {
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        fields.push(field);
        field = "";
      } else field += ch;
    }
    fields.push(field);
    if (fields[5]) phones.add(fields[5]);
  }
  return phones;
}

function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

describe("loadPrograms with the real content", () => {
  let loaded: LoadedProgram[] = [];
  beforeAll(async () => {
    loaded = await loadPrograms({ contentDir });
  });
  const find = (id: string, lang: Lang) => loaded.find((l) => l.program.id === id && l.lang === lang);

  it("loads every program file without problems", () => {
    expect(loaded.length).toBeGreaterThan(0);
  });

  it("has every program id of content/README.md in exactly the languages listed there", async () => {
    const { all, finnishOnly } = await readmeTargets("program");
    expect(all).toContain("money-worries");
    expect(finnishOnly).toEqual(["youth-inclusion", "violence-close-relationships"]);
    const expected = [
      ...all.flatMap((id) => langs.map((lang) => `${lang}/${id}`)),
      ...finnishOnly.map((id) => `fi/${id}`),
    ];
    expect(loaded.map((l) => `${l.lang}/${l.program.id}`).sort()).toEqual(expected.sort());
  });

  it("has the same structure (parts, module ids, exercise ids and types) in every language", () => {
    for (const { program, lang } of loaded) {
      const fi = find(program.id, "fi");
      expect(fi, `${lang}/${program.id} has no Finnish original`).toBeDefined();
      if (fi)
        expect(
          compareProgramStructures({ reference: fi.program, other: program }),
          `${lang}/${program.id}`,
        ).toEqual([]);
    }
  });

  it("keeps every module at 150–400 words with 1–3 exercises", () => {
    const problems: string[] = [];
    for (const { program, lang } of loaded) {
      for (const module of program.parts.flatMap((p) => p.modules)) {
        const words = wordCount(module.body);
        if (words < 150 || words > 400) problems.push(`${lang}/${program.id}/${module.id}: ${words} words`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("uses only phone numbers from seed/helplines.csv, written exactly as there", async () => {
    const phones = await helplinePhones();
    const problems: string[] = [];
    for (const { program, lang } of loaded) {
      const texts = [...programTexts(program).map((t) => t.text), program.title, program.description];
      for (const text of texts) {
        for (const match of text.matchAll(/\+?\d[\d ]*\d/g)) {
          const candidate = match[0].trim();
          const digits = candidate.replace(/\D/g, "");
          if ((digits.length >= 5 || candidate.startsWith("+")) && !phones.has(candidate)) {
            problems.push(`${lang}/${program.id}: "${candidate}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("tells in every program when to seek help instead, pointing to 112 or the crisis page", () => {
    for (const { program, lang } of loaded) {
      expect(/112|page:crisis/.test(program.seekHelpInstead), `${lang}/${program.id}`).toBe(true);
    }
  });

  it("gives every program a unique slug per language", () => {
    for (const lang of langs) {
      const slugs = loaded.filter((l) => l.lang === lang).map((l) => l.program.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
});

describe("loadPrograms rejecting bad content", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "programs-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(lang: Lang, name: string, data: unknown) {
    await mkdir(join(dir, lang, "programs"), { recursive: true });
    await writeFile(join(dir, lang, "programs", name), typeof data === "string" ? data : stringify(data));
  }

  it("loads a valid fixture", async () => {
    await write("fi", "test-program.yaml", makeProgramFixture());
    const loaded = await loadPrograms({ contentDir: dir });
    expect(loaded.map((l) => `${l.lang}/${l.program.id}`)).toEqual(["fi/test-program"]);
  });

  it("collects all problems: schema, file name, links, YAML and structure across languages", async () => {
    const sv = makeProgramFixture();
    const ex = sv.parts[0]?.modules[0]?.exercises[0];
    if (ex) ex.id = "renamed";
    const m = sv.parts[0]?.modules[1];
    if (m)
      m.body =
        "See [this](program:youth-inclusion) and [that](article:nope) and [x](http://insecure.example).";
    await write("sv", "test-program.yaml", sv);
    await write("en", "wrong-name.yaml", makeProgramFixture());
    await write("en", "broken.yaml", "id: [unclosed");
    await write("en", "invalid.yaml", { ...makeProgramFixture(), id: "invalid", weeks: 12 });

    const error: unknown = await loadPrograms({ contentDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProgramLoadError);
    const text = (error as ProgramLoadError).problems.join("\n");
    expect(text).toMatch(/wrong-name\.yaml: id "test-program" does not match the file name/);
    expect(text).toMatch(/broken\.yaml: invalid YAML/);
    expect(text).toMatch(/invalid\.yaml: weeks:/);
    expect(text).toMatch(/unknown link target "program:youth-inclusion" in sv/);
    expect(text).toMatch(/unknown link target "article:nope"/);
    expect(text).toMatch(/link "http:\/\/insecure\.example" is neither/);
    expect(text).toMatch(/test-program: sv differs from fi: missing: module what exercise 0 what-notes/);
  });
});
