/**
 * The chat launcher on every public page: one link to the chat page, saying whether a professional is
 * there now. When the chat is closed it says when it opens and that the chat page lists other ways to get
 * help. Progressive enhancement only: the main menu links to the chat page without it.
 */
type Lang = "fi" | "sv" | "en";

const texts = {
  open: {
    fi: "Keskustele ammattilaisen kanssa",
    sv: "Chatta med en yrkesperson",
    en: "Chat with a professional",
  },
  openNow: { fi: "Chat on auki nyt", sv: "Chatten är öppen nu", en: "The chat is open now" },
  closed: { fi: "Chat on nyt kiinni", sv: "Chatten är stängd nu", en: "The chat is closed now" },
  opens: { fi: "Aukeaa", sv: "Öppnar", en: "Opens" },
  alternatives: {
    fi: "Katso, mistä saat apua sillä välin",
    sv: "Se var du kan få hjälp under tiden",
    en: "See where to get help meanwhile",
  },
} as const;

const chatPaths: Record<Lang, string> = { fi: "/fi/chat", sv: "/sv/chatt", en: "/en/chat" };

const statusSchema = (value: unknown): { open: boolean; opensAt: string | null } | undefined => {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.open !== "boolean") return undefined;
  return { open: v.open, opensAt: typeof v.opensAt === "string" ? v.opensAt : null };
};

export function initChatLauncher(doc: Document, win: Window): void {
  const path = win.location.pathname;
  // Not on the chat pages themselves.
  if (doc.getElementById("chat-app") || Object.values(chatPaths).includes(path) || path.startsWith("/chat/"))
    return;
  const htmlLang = doc.documentElement.lang;
  const lang: Lang = htmlLang === "sv" || htmlLang === "en" ? htmlLang : "fi";
  const t = (key: keyof typeof texts): string => texts[key][lang];

  void fetch(`/api/v1/chat/status?lang=${lang}`, { headers: { accept: "application/json" } })
    .then(async (response) => (response.ok ? statusSchema(await response.json()) : undefined))
    .then((status) => {
      if (!status) return;
      const box = doc.createElement("div");
      box.className = `chat-launcher no-print ${status.open ? "chat-launcher-open" : "chat-launcher-closed"}`;
      const link = doc.createElement("a");
      link.href = chatPaths[lang];
      link.id = "chat-launcher";
      const title = doc.createElement("span");
      title.textContent = t("open");
      const detail = doc.createElement("span");
      detail.className = "small";
      if (status.open) {
        detail.textContent = t("openNow");
      } else {
        const when = status.opensAt
          ? new Intl.DateTimeFormat({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], {
              timeZone: "Europe/Helsinki",
              weekday: "short",
              day: "numeric",
              month: "numeric",
              hour: "2-digit",
              minute: "2-digit",
            }).format(new Date(status.opensAt))
          : "";
        detail.textContent = `${t("closed")}.${when ? ` ${t("opens")} ${when}.` : ""} ${t("alternatives")}.`;
      }
      // The link's name carries both lines, so a screen reader hears the status with it.
      link.append(title, " ", detail);
      box.append(link);
      const footer = doc.querySelector(".site-footer");
      if (footer) footer.before(box);
      else doc.body.append(box);
    })
    .catch(() => {
      // No launcher: the menu's chat link still works.
    });
}
