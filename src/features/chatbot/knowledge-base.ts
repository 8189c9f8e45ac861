import type { Lang } from "../../platform/i18n/lang";
import type { OutOfScopeEntry, TopicEntry } from "./schemas";
import type { TopicId } from "./topics";

/** Every topic's answer in every language, plus the out-of-scope answer. */
export interface KnowledgeBase {
  topics: Record<Lang, Record<TopicId, TopicEntry>>;
  outOfScope: Record<Lang, OutOfScopeEntry>;
}
