import { z } from "zod";
import type { Lang } from "../../platform/i18n/index";

const topicsSchema = z.array(
  z.object({ id: z.string(), names: z.record(z.string(), z.string().optional()) }),
);

/**
 * A session's topic as workers read it: the service's name for it in `lang` (Finnish when that one is
 * missing), the id itself only when the service no longer lists the topic, and null when none was chosen.
 */
export function topicLabel(options: { topics: unknown; id: string | null; lang: Lang }): string | null {
  if (options.id === null || options.id === "") return null;
  const parsed = topicsSchema.safeParse(options.topics);
  const topic = parsed.success ? parsed.data.find((t) => t.id === options.id) : undefined;
  const named = [topic?.names[options.lang], topic?.names.fi].find((n) => n !== undefined && n !== "");
  return named ?? options.id;
}
