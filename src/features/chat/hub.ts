import type { ChatSocket as WebSocket } from "./socket";
import type { EventBus } from "../../platform/realtime/index";
import { CHAT_CHANNEL, type ChatCore, type ChatMessage } from "./service";

interface Conn {
  socket: WebSocket;
  /** Message ids already sent on this socket, so an event does not repeat a direct echo. */
  sent: Set<string>;
}

export interface ClientConn extends Conn {
  sessionId: string;
  orgId: string;
  lastQueue?: string;
}

export interface WorkerConn extends Conn {
  userId: string;
  orgIds: string[] | "all";
}

export function send(socket: WebSocket, frame: Record<string, unknown>): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

export function clientMessageFrame(m: ChatMessage): Record<string, unknown> {
  return {
    type: "message",
    id: m.id,
    from: m.from,
    text: m.text,
    at: m.at,
    ...(m.clientMsgId ? { clientMsgId: m.clientMsgId } : {}),
    // Who wrote it, as they were called then: after a transfer the earlier messages keep their writer.
    ...(m.from === "worker" && m.alias ? { worker: { alias: m.alias } } : {}),
  };
}

export function sendMessageOnce(conn: Conn, frame: Record<string, unknown>, id: string): void {
  if (conn.sent.has(id)) return;
  conn.sent.add(id);
  // Keep the memory of a long conversation bounded; old ids will not come again.
  if (conn.sent.size > 2000) {
    const first = conn.sent.values().next().value;
    if (first !== undefined) conn.sent.delete(first);
  }
  send(conn.socket, frame);
}

/**
 * This process's chat connections. Every change is announced over LISTEN/NOTIFY with ids only, and every
 * process (this one included) reads what changed from the database by id and tells its own sockets.
 */
export function createChatHub(deps: {
  core: ChatCore;
  events: EventBus;
  log: { error: (o: unknown, m: string) => void };
}) {
  const { core } = deps;
  const clients = new Map<string, Set<ClientConn>>();
  const workers = new Set<WorkerConn>();
  let unsubscribe: (() => Promise<void>) | undefined;
  const queueSoon = new Set<string>();
  let stopped = false;

  const workersOf = (orgId: string): WorkerConn[] =>
    [...workers].filter((w) => w.orgIds === "all" || w.orgIds.includes(orgId));

  /** Who is assigned to a session, remembered between session events (which every assignment change sends). */
  const assigned = new Map<string, string | null>();
  async function assignedTo(sessionId: string): Promise<string | null> {
    const known = assigned.get(sessionId);
    if (known !== undefined) return known;
    const session = await core.loadSession(sessionId);
    const userId = session?.status === "active" ? session.assignedUserId : null;
    if (assigned.size > 50_000) assigned.clear();
    assigned.set(sessionId, userId);
    return userId;
  }

  async function onMessage(id: string, sessionId: string): Promise<void> {
    const local = clients.get(sessionId);
    const userId = workers.size > 0 ? await assignedTo(sessionId) : null;
    const staff = userId ? [...workers].filter((w) => w.userId === userId) : [];
    // Only a process with someone to tell reads the message.
    if (!local?.size && staff.length === 0) return;
    const message = await core.messageById(id);
    if (!message) return;
    for (const conn of local ?? []) sendMessageOnce(conn, clientMessageFrame(message), message.id);
    for (const w of staff) {
      sendMessageOnce(w, { ...clientMessageFrame(message), sessionId: message.sessionId }, message.id);
    }
  }

  async function onQueue(orgId: string): Promise<void> {
    const conns = [...clients.values()].flatMap((set) => [...set]).filter((c) => c.orgId === orgId);
    const staff = workersOf(orgId);
    if (conns.length > 0) {
      const info = await core.queueInfo(orgId);
      for (const c of conns) {
        const q = info.get(c.sessionId);
        if (!q) continue;
        const key = `${q.position}:${q.etaSeconds}`;
        if (c.lastQueue === key) continue;
        c.lastQueue = key;
        send(c.socket, { type: "queue", position: q.position, etaSeconds: q.etaSeconds });
      }
    }
    for (const w of staff) {
      const summary = await core.queueSummary(w.orgIds);
      send(w.socket, { type: "queue", ...summary });
    }
  }

  async function onSession(sessionId: string): Promise<void> {
    const session = await core.loadSession(sessionId);
    if (!session) return;
    for (const c of clients.get(sessionId) ?? []) {
      if (session.status === "ended") {
        send(c.socket, { type: "ended", reason: session.endReason ?? "ended" });
      } else if (session.status === "queued") {
        // Back in the queue (passed to a team): the next queue event tells the place again.
        c.lastQueue = undefined;
      } else if (session.assignedUserId) {
        send(c.socket, { type: "joined", worker: { alias: await core.aliasOf(session.assignedUserId) } });
      }
    }
    for (const w of workersOf(session.orgId)) {
      send(w.socket, {
        type: "session",
        sessionId: session.id,
        status: session.status,
        crisis: session.crisis,
        mine: session.assignedUserId === w.userId,
      });
    }
  }

  async function onTyping(sessionId: string, from: string): Promise<void> {
    if (from === "w") {
      for (const c of clients.get(sessionId) ?? []) send(c.socket, { type: "typing" });
      return;
    }
    const session = await core.loadSession(sessionId);
    for (const w of workers) {
      if (session?.assignedUserId === w.userId) send(w.socket, { type: "typing", sessionId });
    }
  }

  async function dispatch(payload: string): Promise<void> {
    const [kind = "", id = "", extra = ""] = payload.split(":");
    switch (kind) {
      case "m":
        return onMessage(id, extra);
      case "q":
        // Arrivals come in bursts: one recount per organisation per moment is enough.
        if (queueSoon.has(id)) return;
        queueSoon.add(id);
        await new Promise((resolve) => setTimeout(resolve, 150));
        queueSoon.delete(id);
        if (stopped) return;
        return onQueue(id);
      case "s":
        // Forget the assignment at once, before any later message event is handled.
        assigned.delete(id);
        return onSession(id);
      case "t":
        return onTyping(id, extra);
      default:
        return;
    }
  }

  return {
    async start(): Promise<void> {
      unsubscribe = await deps.events.subscribe(CHAT_CHANNEL, (payload) => {
        dispatch(payload).catch((error: unknown) => {
          deps.log.error({ err: error }, "chat event failed");
        });
      });
    },
    async stop(): Promise<void> {
      stopped = true;
      for (const set of clients.values()) for (const c of set) c.socket.close(1001, "shutting down");
      for (const w of workers) w.socket.close(1001, "shutting down");
      await unsubscribe?.();
    },
    addClient(conn: ClientConn): void {
      let set = clients.get(conn.sessionId);
      if (!set) clients.set(conn.sessionId, (set = new Set()));
      set.add(conn);
    },
    /** Returns true when that was the session's last socket on this process. */
    removeClient(conn: ClientConn): boolean {
      const set = clients.get(conn.sessionId);
      set?.delete(conn);
      if (set?.size === 0) {
        clients.delete(conn.sessionId);
        return true;
      }
      return false;
    },
    addWorker(conn: WorkerConn): void {
      workers.add(conn);
    },
    removeWorker(conn: WorkerConn): void {
      workers.delete(conn);
    },
    counts(): { clients: number; workers: number } {
      let n = 0;
      for (const set of clients.values()) n += set.size;
      return { clients: n, workers: workers.size };
    },
  };
}

export type ChatHub = ReturnType<typeof createChatHub>;
