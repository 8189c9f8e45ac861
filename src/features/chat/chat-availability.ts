import { createChatCore, type ChatDeps } from "./service";

export interface ChatAvailability {
  /** Whether a chat service is open now, as of the last check; `null` before the first answer. */
  isOpen: () => boolean | null;
  refresh: () => Promise<void>;
  stop: () => void;
}

/**
 * Other channels (the chatbot's "talk to a person") ask this synchronously on every message, so the
 * opening status is read from the database once a minute rather than per message.
 */
export function createChatAvailability(deps: ChatDeps & { intervalMs?: number }): ChatAvailability {
  const core = createChatCore(deps);
  let open: boolean | null = null;
  const refresh = async (): Promise<void> => {
    const page = await core.pageStatus({ lang: "fi" }).catch(() => undefined);
    open = page ? page.status.open : null;
  };
  const timer = setInterval(() => {
    void refresh();
  }, deps.intervalMs ?? 60_000);
  timer.unref();
  return {
    isOpen: () => open,
    refresh,
    stop: () => {
      clearInterval(timer);
    },
  };
}
