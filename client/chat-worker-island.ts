/**
 * The worker's live workspace: one WebSocket (staff session cookie, our Origin) brings the queue, new
 * messages and typing; a new or crisis-flagged conversation in the queue rings and marks the tab title.
 */
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
    }
  | { type: "typing"; sessionId: string }
  | { type: "session"; sessionId: string; status: string; crisis: boolean; mine: boolean }
  | { type: "error"; code: string; message: string; clientMsgId?: string };

export function initChatWorkspace(root: HTMLElement, win: Window = window): void {
  const doc = root.ownerDocument;
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
  const seen = new Set<string>(
    [...doc.querySelectorAll<HTMLElement>("#chat-log li[data-id]")].map((li) => li.dataset.id ?? ""),
  );
  const pending = new Map<string, HTMLLIElement>();
  let lastTyping = 0;
  let typingTimer: number | undefined;

  function beep(): void {
    try {
      const ctx = new AudioContext();
      const osc = ctx.createOscillator();
      osc.frequency.value = 660;
      osc.connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + 0.25);
    } catch {
      // No sound without a user gesture in some browsers; the title still changes.
    }
  }

  function alert(text: string): void {
    doc.title = `(!) ${text} · ${baseTitle}`;
    beep();
  }

  doc.addEventListener("visibilitychange", () => {
    if (!doc.hidden) doc.title = baseTitle;
  });

  function item(from: string, text: string, at: string, id?: string): HTMLLIElement {
    const li = doc.createElement("li");
    li.className = `chat-msg chat-msg-${from}`;
    if (id) li.dataset.id = id;
    const who = doc.createElement("span");
    who.className = "chat-who";
    who.textContent = from;
    const when = doc.createElement("span");
    when.className = "small";
    when.textContent = ` ${new Date(at).toLocaleTimeString()}`;
    const body = doc.createElement("p");
    body.className = "chat-text";
    body.textContent = text;
    li.append(who, when, body);
    return li;
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
        if (
          (lastCrisis >= 0 && frame.crisis > lastCrisis) ||
          (lastQueued >= 0 && frame.queued > lastQueued)
        ) {
          alert(frame.crisis > lastCrisis ? "!!" : String(frame.queued));
        }
        lastQueued = frame.queued;
        lastCrisis = frame.crisis;
        return;
      }
      case "message": {
        if (frame.sessionId !== sessionId || !log) {
          if (frame.from === "client") alert("✉");
          return;
        }
        if (seen.has(frame.id)) return;
        seen.add(frame.id);
        const mine = frame.clientMsgId ? pending.get(frame.clientMsgId) : undefined;
        if (mine && frame.clientMsgId) {
          pending.delete(frame.clientMsgId);
          mine.dataset.id = frame.id;
          mine.dataset.delivered = "1";
          return;
        }
        log.append(item(frame.from, frame.text, frame.at, frame.id));
        if (typingLine) typingLine.textContent = "";
        if (frame.from === "client" && doc.hidden) alert("✉");
        return;
      }
      case "typing":
        if (frame.sessionId === sessionId && typingLine) {
          typingLine.textContent = "…";
          win.clearTimeout(typingTimer);
          typingTimer = win.setTimeout(() => {
            typingLine.textContent = "";
          }, 4000);
        }
        return;
      case "session":
        if (frame.sessionId === sessionId && frame.status === "ended" && replyForm) replyForm.hidden = true;
        return;
      case "error":
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
      pending.set(clientMsgId, li);
      log.append(li);
      replyText.value = "";
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
