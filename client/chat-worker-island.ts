/**
 * The worker's live workspace: one WebSocket (staff session cookie, our Origin) brings the queue, new
 * messages and typing. A new or crisis-flagged conversation in the queue, and one of the worker's own
 * conversations turning to crisis, show a banner, mark the tab title and play a short tone (where the
 * browser allows sound); an own conversation in crisis is also marked where it shows. The queue and
 * "my chats" lists are re-read from the page so the order (crisis first) stays the server's.
 */
type Lang = "fi" | "sv" | "en";

type Frame =
  | { type: "queue"; queued: number; crisis: number; longestWaitSeconds: number }
  | {
      type: "message";
      sessionId: string;
      id: string;
      from: string;
      text: string;
      at: string;
      clientMsgId?: string;
      worker?: { alias: string };
    }
  | { type: "typing"; sessionId: string }
  | { type: "session"; sessionId: string; status: string; crisis: boolean; mine: boolean }
  | { type: "error"; code: string; message: string; clientMsgId?: string };

const texts = {
  client: { fi: "Asiakas", sv: "Klient", en: "Client" },
  worker: { fi: "Työntekijä", sv: "Medarbetare", en: "Worker" },
  system: { fi: "Luukku", sv: "Luukku", en: "Luukku" },
  typing: { fi: "Asiakas kirjoittaa…", sv: "Klienten skriver…", en: "The client is typing…" },
  sent: { fi: "Toimitettu", sv: "Levererat", en: "Delivered" },
  sending: { fi: "Lähetetään…", sv: "Skickas…", en: "Sending…" },
  crisisAlert: {
    fi: "Kriisissä oleva asiakas odottaa jonossa. Ota hänet ensin.",
    sv: "En klient i kris väntar i kön. Ta hen först.",
    en: "A client in crisis is waiting in the queue. Take them first.",
  },
  newAlert: {
    fi: "Uusi asiakas odottaa jonossa.",
    sv: "En ny klient väntar i kön.",
    en: "A new client is waiting in the queue.",
  },
  messageAlert: {
    fi: "Uusi viesti toisessa keskustelussasi.",
    sv: "Nytt meddelande i en annan av dina chattar.",
    en: "New message in another of your chats.",
  },
  endedAlert: {
    fi: "Keskustelu on päättynyt.",
    sv: "Chatten har avslutats.",
    en: "The chat has ended.",
  },
  movedAlert: {
    fi: "Keskustelu on nyt toisella työntekijällä.",
    sv: "Chatten har nu en annan medarbetare.",
    en: "This chat is now with another worker.",
  },
  crisisTitle: { fi: "KRIISI", sv: "KRIS", en: "CRISIS" },
  crisisMineAlert: {
    fi: "Yhden keskustelusi asiakas saattaa olla vaarassa. Avaa keskustelu ja katso kriisin syyt.",
    sv: "En klient i en av dina chattar kan vara i fara. Öppna chatten och se orsakerna.",
    en: "A client in one of your chats may be in danger. Open the chat to see why.",
  },
  crisisThisAlert: {
    fi: "Tämän keskustelun asiakas saattaa olla vaarassa. Kriisin yhteystiedot on jo lähetetty hänelle.",
    sv: "Klienten i den här chatten kan vara i fara. Kontaktuppgifter för kris har redan skickats till hen.",
    en: "The client in this chat may be in danger. Crisis contacts have already been sent to them.",
  },
} as const;

export function initChatWorkspace(root: HTMLElement, win: Window = window): void {
  const doc = root.ownerDocument;
  const lang: Lang = root.dataset.lang === "sv" || root.dataset.lang === "en" ? root.dataset.lang : "fi";
  const t = (key: keyof typeof texts): string => texts[key][lang];
  const sessionBox = doc.getElementById("chat-session");
  const sessionId = sessionBox?.dataset.sessionId;
  const log = doc.getElementById("chat-log");
  const typingLine = doc.getElementById("chat-typing");
  const replyForm = doc.querySelector<HTMLFormElement>("#chat-reply");
  const replyText = doc.querySelector<HTMLTextAreaElement>("#reply-text");
  const baseTitle = doc.title;
  let lastQueued = -1;
  let lastCrisis = -1;
  let socket: WebSocket | undefined;
  let audio: AudioContext | undefined;
  const seen = new Set<string>(
    [...doc.querySelectorAll<HTMLElement>("#chat-log li[data-id]")].map((li) => li.dataset.id ?? ""),
  );
  const pending = new Map<string, HTMLLIElement>();
  // Own conversations already known to be in crisis (from the page), so only a new flag alerts.
  const crisisKnown = new Set<string>(
    [...doc.querySelectorAll<HTMLElement>("[data-session-id][data-crisis='1']")].map(
      (el) => el.dataset.sessionId ?? "",
    ),
  );
  /** What the crisis banner is about: the queue's crisis count clears only its own banner. */
  let crisisBanner: "queue" | "mine" | undefined;
  let lastTyping = 0;
  let typingTimer: number | undefined;

  // One visible, announced place for alerts, at the top of the workspace.
  const banner = doc.createElement("p");
  banner.id = "chat-alert";
  banner.className = "chat-alert";
  banner.setAttribute("role", "alert");
  banner.hidden = true;
  root.prepend(banner);

  // Browsers allow sound only after the page has been used; the first click or key unlocks it.
  const unlock = (): void => {
    try {
      audio ??= new AudioContext();
      void audio.resume();
    } catch {
      // No Web Audio: the banner and the title still alert.
    }
  };
  doc.addEventListener("pointerdown", unlock, { once: true });
  doc.addEventListener("keydown", unlock, { once: true });

  function beep(urgent: boolean): void {
    if (audio?.state !== "running") return;
    const tones = urgent ? [880, 660, 880] : [660];
    tones.forEach((frequency, i) => {
      if (!audio) return;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      gain.gain.value = 0.15;
      osc.frequency.value = frequency;
      osc.connect(gain).connect(audio.destination);
      const start = audio.currentTime + i * 0.3;
      osc.start(start);
      osc.stop(start + 0.22);
    });
  }

  function alert(
    text: string,
    options: { urgent?: boolean; sound?: boolean; title?: string; crisis?: "queue" | "mine" } = {},
  ): void {
    crisisBanner = options.crisis;
    banner.textContent = text;
    banner.hidden = false;
    banner.classList.toggle("chat-alert-crisis", options.urgent === true);
    doc.title = `(!) ${options.title ?? text} · ${baseTitle}`;
    if (options.sound !== false) beep(options.urgent === true);
  }

  doc.addEventListener("visibilitychange", () => {
    if (!doc.hidden && !banner.classList.contains("chat-alert-crisis")) doc.title = baseTitle;
  });

  /** Re-reads the workspace's lists from the server, which knows the order and the crisis flags. */
  let refreshing = false;
  async function refreshLists(): Promise<void> {
    if (sessionId || refreshing) return;
    refreshing = true;
    try {
      const response = await fetch(win.location.pathname, { headers: { accept: "text/html" } });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const selector of ["section[aria-labelledby='queue-h']", "section[aria-labelledby='mine-h']"]) {
        const now = doc.querySelector(selector);
        const next = fresh.querySelector(selector);
        // Keep the element that has focus (e.g. the accept button) untouched.
        if (now && next && !now.contains(doc.activeElement)) now.replaceWith(doc.importNode(next, true));
      }
    } catch {
      // The next event tries again.
    } finally {
      refreshing = false;
    }
  }

  const who = (from: string, alias?: string): string =>
    from === "client" ? t("client") : from === "worker" ? (alias ?? t("worker")) : t("system");

  function item(from: string, text: string, at: string, id?: string, alias?: string): HTMLLIElement {
    const li = doc.createElement("li");
    li.className = `chat-msg chat-msg-${from}`;
    if (id) li.dataset.id = id;
    const name = doc.createElement("span");
    name.className = "chat-who";
    name.textContent = who(from, alias);
    const when = doc.createElement("span");
    when.className = "small";
    when.textContent = ` ${new Date(at).toLocaleTimeString({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], { hour: "2-digit", minute: "2-digit" })}`;
    const body = doc.createElement("p");
    body.className = "chat-text";
    body.textContent = text;
    li.append(name, when, body);
    return li;
  }

  function tick(li: HTMLLIElement, delivered: boolean): void {
    let mark = li.querySelector<HTMLElement>(".chat-tick");
    if (!mark) {
      mark = doc.createElement("span");
      mark.className = "chat-tick small";
      li.querySelector(".chat-who")?.after(mark);
    }
    mark.textContent = delivered ? ` ✓ ${t("sent")}` : ` … ${t("sending")}`;
    if (delivered) li.dataset.delivered = "1";
  }

  /** A lasting mark on the conversation itself, beside its heading, for after the banner has moved on. */
  function markCrisis(): void {
    if (!sessionBox || doc.getElementById("chat-crisis-marker")) return;
    sessionBox.dataset.crisis = "1";
    const marker = doc.createElement("p");
    marker.id = "chat-crisis-marker";
    marker.className = "chat-alert chat-alert-crisis";
    marker.textContent = `${t("crisisTitle")}: ${t("crisisThisAlert")}`;
    sessionBox.querySelector("h1")?.after(marker);
  }

  function closeReply(text: string): void {
    for (const form of doc.querySelectorAll<HTMLFormElement>("#chat-session form")) {
      if (!form.action.endsWith("/notes")) form.hidden = true;
    }
    if (typingLine) typingLine.textContent = "";
    alert(text, { sound: false });
  }

  function onFrame(frame: Frame): void {
    switch (frame.type) {
      case "queue": {
        const count = doc.getElementById("chat-queue-count");
        const crisis = doc.getElementById("chat-queue-crisis");
        const longest = doc.getElementById("chat-queue-longest");
        if (count) count.textContent = String(frame.queued);
        if (crisis) crisis.textContent = String(frame.crisis);
        if (longest) longest.textContent = String(Math.round(frame.longestWaitSeconds / 60));
        const first = lastQueued < 0;
        if (frame.crisis > 0 && (first || frame.crisis > lastCrisis)) {
          alert(t("crisisAlert"), { urgent: true, sound: !first, title: t("crisisTitle"), crisis: "queue" });
        } else if (!first && frame.queued > lastQueued && crisisBanner !== "mine") {
          alert(t("newAlert"), { title: String(frame.queued) });
        } else if (frame.crisis === 0 && crisisBanner === "queue") {
          banner.hidden = true;
          banner.classList.remove("chat-alert-crisis");
          crisisBanner = undefined;
          doc.title = baseTitle;
        }
        if (!first && (frame.queued !== lastQueued || frame.crisis !== lastCrisis)) void refreshLists();
        lastQueued = frame.queued;
        lastCrisis = frame.crisis;
        root.dataset.live = "1";
        return;
      }
      case "message": {
        if (frame.sessionId !== sessionId || !log) {
          // A new message does not push a crisis banner out of sight.
          if (frame.from === "client" && crisisBanner === undefined) alert(t("messageAlert"), { title: "✉" });
          return;
        }
        if (seen.has(frame.id)) return;
        seen.add(frame.id);
        const mine = frame.clientMsgId ? pending.get(frame.clientMsgId) : undefined;
        if (mine && frame.clientMsgId) {
          pending.delete(frame.clientMsgId);
          mine.dataset.id = frame.id;
          tick(mine, true);
          return;
        }
        const li = item(frame.from, frame.text, frame.at, frame.id, frame.worker?.alias);
        if (frame.from === "worker") tick(li, true);
        log.append(li);
        if (typingLine && frame.from === "client") typingLine.textContent = "";
        if (frame.from === "client" && doc.hidden && crisisBanner === undefined)
          alert(t("messageAlert"), { title: "✉" });
        return;
      }
      case "typing":
        if (frame.sessionId === sessionId && typingLine) {
          typingLine.textContent = t("typing");
          win.clearTimeout(typingTimer);
          typingTimer = win.setTimeout(() => {
            typingLine.textContent = "";
          }, 4000);
        }
        return;
      case "session":
        if (frame.mine && frame.crisis && frame.status === "active" && !crisisKnown.has(frame.sessionId)) {
          crisisKnown.add(frame.sessionId);
          const here = frame.sessionId === sessionId;
          alert(t(here ? "crisisThisAlert" : "crisisMineAlert"), {
            urgent: true,
            title: t("crisisTitle"),
            crisis: "mine",
          });
          if (here) markCrisis();
        }
        if (frame.sessionId === sessionId && replyForm && !replyForm.hidden) {
          if (frame.status === "ended") closeReply(t("endedAlert"));
          else if (frame.status === "active" && !frame.mine) closeReply(t("movedAlert"));
        }
        if (!sessionId) void refreshLists();
        return;
      case "error":
        if (frame.clientMsgId) {
          const failed = pending.get(frame.clientMsgId);
          if (failed) failed.dataset.failed = "1";
        }
        alert(frame.message, { sound: false });
        return;
    }
  }

  function connect(): void {
    const ws = new WebSocket(`${win.location.origin.replace(/^http/, "ws")}/staff/chat/ws`);
    socket = ws;
    ws.addEventListener("message", (event: MessageEvent<string>) => {
      try {
        onFrame(JSON.parse(event.data) as Frame);
      } catch {
        // ignore unreadable frames
      }
    });
    ws.addEventListener("open", () => {
      for (const [clientMsgId, li] of pending) {
        ws.send(JSON.stringify({ type: "message", sessionId, text: li.dataset.text ?? "", clientMsgId }));
      }
    });
    ws.addEventListener("close", (event) => {
      if (event.code === 4401 || socket !== ws) return;
      win.setTimeout(connect, 2000);
    });
  }

  if (replyForm && replyText && sessionId && log) {
    replyForm.addEventListener("submit", (event) => {
      if (socket?.readyState !== WebSocket.OPEN) return; // the form posts normally
      event.preventDefault();
      const text = replyText.value.trim();
      if (!text) return;
      const clientMsgId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const li = item("worker", text, new Date().toISOString());
      li.dataset.text = text;
      tick(li, false);
      pending.set(clientMsgId, li);
      log.append(li);
      replyText.value = "";
      lastTyping = 0;
      socket.send(JSON.stringify({ type: "message", sessionId, text, clientMsgId }));
    });
    replyText.addEventListener("input", () => {
      if (Date.now() - lastTyping < 3000 || socket?.readyState !== WebSocket.OPEN) return;
      lastTyping = Date.now();
      socket.send(JSON.stringify({ type: "typing", sessionId }));
    });
  }
  connect();
}
