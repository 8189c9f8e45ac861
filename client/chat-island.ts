/**
 * The client's live chat: the pre-chat form starts a session over the API, then one WebSocket carries the
 * conversation. The token lives in sessionStorage only (never in a URL), so a reload or a dropped connection
 * within the reconnect window continues the same conversation; unacknowledged messages are sent again with
 * the same clientMsgId, which the server stores only once.
 */
import { chatTexts } from "../src/features/chat/texts";

const STORAGE_KEY = "luukku-chat";
const crisisIntros = Object.values(chatTexts.crisisIntro);
const RECONNECT_WINDOW_MS = 2 * 60_000;

interface Stored {
  token: string;
  savedAt: number;
}

type Frame =
  | { type: "queue"; position: number; etaSeconds: number }
  | { type: "joined"; worker: { alias: string } }
  | {
      type: "message";
      id: string;
      from: "client" | "worker" | "system";
      text: string;
      at: string;
      clientMsgId?: string;
      /** A worker's message names its writer, so earlier messages keep their name after a transfer. */
      worker?: { alias: string };
    }
  | { type: "ended"; reason: string }
  | { type: "typing" }
  | { type: "error"; code: string; message: string; clientMsgId?: string };

export function initChat(root: HTMLElement, win: Window = window): void {
  const doc = root.ownerDocument;
  const t = JSON.parse(root.dataset.texts ?? "{}") as Record<string, string>;
  const lang = root.dataset.lang ?? "fi";
  const $ = (id: string): HTMLElement => {
    const found = doc.getElementById(id);
    if (!found) throw new Error(`missing #${id}`);
    return found;
  };
  const startForm = $("chat-start") as HTMLFormElement;
  const conversation = $("chat-conversation");
  const status = $("chat-status");
  const waiting = $("chat-waiting");
  const crisisBox = $("chat-crisis");
  const log = $("chat-log") as HTMLOListElement;
  const typingLine = $("chat-typing");
  const errorLine = $("chat-error");
  const compose = $("chat-compose") as HTMLFormElement;
  const textArea = $("chat-text") as HTMLTextAreaElement;
  const endButton = $("chat-end") as HTMLButtonElement;
  const after = $("chat-after");
  const transcriptButton = $("chat-transcript") as HTMLButtonElement;
  const feedbackForm = $("chat-feedback") as HTMLFormElement;
  const thanks = $("chat-feedback-thanks");
  const intro = doc.getElementById("chat-open-now");

  let token = "";
  let socket: WebSocket | undefined;
  let ended = false;
  let fatal = false;
  let alias = "";
  let retry = 0;
  let typingTimer: number | undefined;
  let lastTypingSent = 0;
  const seen = new Set<string>();
  const pending = new Map<string, { text: string; item: HTMLLIElement }>();
  const transcript: { at: string; who: string; text: string }[] = [];

  const store = (): void => {
    win.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token, savedAt: Date.now() } satisfies Stored));
  };
  const forget = (): void => {
    win.sessionStorage.removeItem(STORAGE_KEY);
  };

  const who = (from: string, writer?: string): string =>
    from === "client"
      ? (t.you ?? "")
      : from === "worker"
        ? (writer ?? (alias !== "" ? alias : (t.worker ?? "")))
        : (t.system ?? "");

  const time = (iso: string): string =>
    new Date(iso).toLocaleTimeString({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang] ?? "fi-FI", {
      hour: "2-digit",
      minute: "2-digit",
    });

  function messageItem(from: string, text: string, at: string, writer?: string): HTMLLIElement {
    const item = doc.createElement("li");
    item.className = `chat-msg chat-msg-${from}`;
    const name = doc.createElement("span");
    name.className = "chat-who";
    name.textContent = who(from, writer);
    const when = doc.createElement("span");
    when.className = "small";
    when.textContent = ` ${time(at)}`;
    const body = doc.createElement("p");
    body.className = "chat-text";
    body.textContent = text;
    item.append(name, when, body);
    return item;
  }

  function tick(item: HTMLLIElement, delivered: boolean): void {
    let mark = item.querySelector<HTMLElement>(".chat-tick");
    if (!mark) {
      mark = doc.createElement("span");
      mark.className = "chat-tick small";
      item.querySelector(".chat-who")?.after(mark);
    }
    mark.textContent = delivered ? ` ✓ ${t.delivered ?? ""}` : ` … ${t.sending ?? ""}`;
    if (delivered) item.dataset.delivered = "1";
  }

  function showConversation(): void {
    startForm.hidden = true;
    intro?.setAttribute("hidden", "");
    conversation.hidden = false;
  }

  function scrollToEnd(): void {
    log.scrollTop = log.scrollHeight;
  }

  function setEnded(reason: string): void {
    ended = true;
    compose.hidden = true;
    waiting.hidden = true;
    after.hidden = false;
    typingLine.textContent = "";
    conversation.dataset.state = "ended";
    status.textContent = (reason === "worker-ended" ? t.endedByWorker : t.ended) ?? "";
    forget();
  }

  function onFrame(frame: Frame): void {
    switch (frame.type) {
      case "queue": {
        const minutes = Math.round(frame.etaSeconds / 60);
        const eta =
          frame.etaSeconds < 60 ? (t.lessThanMinute ?? "") : `${String(minutes)} ${t.minutes ?? ""}`;
        status.textContent = `${t.position ?? ""}: ${String(frame.position)}. ${t.eta ?? ""}: ${eta}.`;
        waiting.hidden = false;
        conversation.dataset.state = "queued";
        return;
      }
      case "joined":
        alias = frame.worker.alias;
        status.textContent = `${alias} ${t.joined ?? ""}`;
        waiting.hidden = true;
        conversation.dataset.state = "active";
        return;
      case "typing":
        typingLine.textContent = `${alias || (t.worker ?? "")} ${t.typing ?? ""}`;
        win.clearTimeout(typingTimer);
        typingTimer = win.setTimeout(() => {
          typingLine.textContent = "";
        }, 4000);
        return;
      case "message": {
        if (seen.has(frame.id)) return;
        seen.add(frame.id);
        transcript.push({ at: frame.at, who: who(frame.from, frame.worker?.alias), text: frame.text });
        const mine = frame.clientMsgId ? pending.get(frame.clientMsgId) : undefined;
        if (mine && frame.clientMsgId) {
          pending.delete(frame.clientMsgId);
          mine.item.dataset.id = frame.id;
          tick(mine.item, true);
          return;
        }
        const item = messageItem(frame.from, frame.text, frame.at, frame.worker?.alias);
        item.dataset.id = frame.id;
        if (frame.from === "client") tick(item, true);
        log.append(item);
        scrollToEnd();
        if (frame.from === "worker") typingLine.textContent = "";
        if (frame.from === "system" && crisisIntros.some((intro) => frame.text.startsWith(intro))) {
          item.classList.add("chat-msg-crisis");
          // The contacts are in the crisis box above; the log keeps the message short (the transcript has it all).
          const body = item.querySelector(".chat-text");
          if (body) body.textContent = frame.text.split("\n")[0] ?? frame.text;
          crisisBox.hidden = false;
        }
        return;
      }
      case "ended":
        if (!ended) setEnded(frame.reason);
        return;
      case "error":
        errorLine.textContent = frame.message;
        if (frame.clientMsgId) {
          const failed = pending.get(frame.clientMsgId);
          if (failed) failed.item.dataset.failed = "1";
        }
        if (frame.code === "bad-token" || frame.code === "expired") {
          fatal = true;
          forget();
          conversation.hidden = true;
          startForm.hidden = false;
        }
        return;
    }
  }

  function sendPending(): void {
    for (const [clientMsgId, p] of pending) {
      socket?.send(JSON.stringify({ type: "message", text: p.text, clientMsgId }));
    }
  }

  function connect(): void {
    const url = `${win.location.origin.replace(/^http/, "ws")}/api/v1/chat/ws`;
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener("open", () => {
      ws.send(JSON.stringify({ type: "auth", token }));
      retry = 0;
      errorLine.textContent = "";
      store();
      // After the history arrives the server knows what is stored; resending is safe either way.
      win.setTimeout(sendPending, 300);
    });
    ws.addEventListener("message", (event: MessageEvent<string>) => {
      try {
        onFrame(JSON.parse(event.data) as Frame);
      } catch {
        // A frame we cannot read is ignored; the next one may be fine.
      }
    });
    ws.addEventListener("close", () => {
      if (ended || fatal || socket !== ws) return;
      errorLine.textContent = t.reconnecting ?? "";
      const delay = Math.min(5000, 300 * 2 ** retry);
      retry += 1;
      win.setTimeout(connect, delay);
    });
  }

  startForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(startForm);
    const field = (name: string, fallback = ""): string => {
      const value = data.get(name);
      return typeof value === "string" ? value : fallback;
    };
    const topic = field("topic");
    const body = {
      lang: field("lang", lang),
      serviceId: field("serviceId") || undefined,
      ...(topic ? { topic } : {}),
    };
    void fetch("/api/v1/chat/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
      .then(async (response) => {
        if (response.status === 201) {
          const json = (await response.json()) as {
            token: string;
            queue: { position: number; etaSeconds: number };
          };
          token = json.token;
          store();
          showConversation();
          onFrame({ type: "queue", ...json.queue });
          connect();
          textArea.focus();
          return;
        }
        // Closed or refused: the no-JS path shows the full explanation.
        startForm.submit();
      })
      .catch(() => {
        startForm.submit();
      });
  });

  compose.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = textArea.value.trim();
    if (!text) return;
    const clientMsgId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const item = messageItem("client", text, new Date().toISOString());
    tick(item, false);
    log.append(item);
    scrollToEnd();
    pending.set(clientMsgId, { text, item });
    textArea.value = "";
    // Whoever sends has stopped typing: the next keystroke may say so again at once.
    lastTypingSent = 0;
    if (socket?.readyState === WebSocket.OPEN)
      socket.send(JSON.stringify({ type: "message", text, clientMsgId }));
  });

  textArea.addEventListener("input", () => {
    const now = Date.now();
    if (now - lastTypingSent < 3000 || socket?.readyState !== WebSocket.OPEN) return;
    lastTypingSent = now;
    socket.send(JSON.stringify({ type: "typing" }));
  });

  endButton.addEventListener("click", () => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "end" }));
  });

  transcriptButton.addEventListener("click", () => {
    const text = transcript.map((m) => `[${m.at}] ${m.who}: ${m.text}`).join("\n");
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: "text/plain;charset=utf-8" }));
    const link = doc.createElement("a");
    link.href = url;
    link.download = "luukku-chat.txt";
    doc.body.append(link);
    link.click();
    link.remove();
    win.setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
  });

  feedbackForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(feedbackForm);
    void fetch("/chat/feedback", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        token,
        rating: Number(data.get("rating")),
        text: typeof data.get("text") === "string" ? (data.get("text") as string) : "",
      }),
    }).then((response) => {
      if (response.ok) {
        feedbackForm.hidden = true;
        thanks.textContent = t.feedbackThanks ?? "";
      }
    });
  });

  // A reload within the reconnect window continues the same conversation.
  const saved = win.sessionStorage.getItem(STORAGE_KEY);
  if (saved) {
    try {
      const parsed = JSON.parse(saved) as Stored;
      if (Date.now() - parsed.savedAt < RECONNECT_WINDOW_MS) {
        token = parsed.token;
        showConversation();
        connect();
      } else {
        forget();
      }
    } catch {
      forget();
    }
  }
  // Keep the saved time fresh while the page is open, so the window counts from when the page went away.
  win.setInterval(() => {
    if (token && !ended) store();
  }, 15_000);
}
