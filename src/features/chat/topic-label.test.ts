import { describe, expect, it } from "vitest";
import { demoTopics } from "./service";
import { topicLabel } from "./topic-label";

describe("topicLabel", () => {
  it("names a topic in the worker's language, not by its id", () => {
    expect(topicLabel({ topics: demoTopics, id: "anxiety", lang: "fi" })).toBe("Ahdistus ja huoli");
    expect(topicLabel({ topics: demoTopics, id: "anxiety", lang: "sv" })).toBe("Ångest och oro");
    expect(topicLabel({ topics: demoTopics, id: "money", lang: "en" })).toBe("Money and everyday life");
  });

  it("falls back to Finnish, then to the id for a topic the service no longer lists, and null for none", () => {
    const topics = [{ id: "debt", names: { fi: "Velat", sv: "" } }];
    expect(topicLabel({ topics, id: "debt", lang: "sv" })).toBe("Velat");
    expect(topicLabel({ topics, id: "gone", lang: "en" })).toBe("gone");
    expect(topicLabel({ topics: "not a list", id: "debt", lang: "en" })).toBe("debt");
    expect(topicLabel({ topics, id: null, lang: "fi" })).toBeNull();
  });
});
