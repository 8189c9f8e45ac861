// Test and benchmark helper: a typed WebSocket client that collects frames (not used by the app).
import { createRequire } from "node:module";

export type Frame = Record<string, unknown> & { type: string };

interface RawSocket {
  readyState: number;
  send: (data: string) => void;
  close: () => void;
  terminate: () => void;
  on: ((event: "message", listener: (data: Buffer) => void) => void) &
    ((event: "close", listener: (code: number) => void) => void) &
    ((event: "open", listener: () => void) => void) &
    ((event: "error", listener: (error: Error) => void) => void) &
    ((event: "unexpected-response", listener: (req: unknown, res: { statusCode: number }) => void) => void);
}

// `ws` ships no types (and @types/ws is not installed), so it is loaded untyped and given a shape here.
const Ws = createRequire(import.meta.url)("ws") as new (
  url: string,
  options?: { headers?: Record<string, string> },
) => RawSocket;

export class FrameClient {
  readonly frames: Frame[] = [];
  closeCode: number | undefined;
  private waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  private closeWaiters: ((code: number) => void)[] = [];

  constructor(readonly socket: RawSocket) {
    socket.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(frame)) return true;
        w.resolve(frame);
        return false;
      });
    });
    socket.on("close", (code) => {
      this.closeCode = code;
      for (const w of this.closeWaiters) w(code);
    });
  }

  /** Connects over TCP; rejects with the HTTP status when the upgrade is refused. */
  static connect(url: string, headers: Record<string, string> = {}): Promise<FrameClient> {
    const socket = new Ws(url, { headers });
    const client = new FrameClient(socket);
    return new Promise((resolve, reject) => {
      socket.on("open", () => {
        resolve(client);
      });
      socket.on("unexpected-response", (_req, res) => {
        reject(new Error(`status ${String(res.statusCode)}`));
      });
      socket.on("error", reject);
    });
  }

  static wrap(socket: unknown): FrameClient {
    return new FrameClient(socket as RawSocket);
  }

  send(frame: Record<string, unknown> | string): void {
    this.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** The first frame (already received or coming) that matches. */
  next(match: (f: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    const found = this.frames.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no matching frame; got ${JSON.stringify(this.frames).slice(0, 500)}`));
      }, timeoutMs);
      this.waiters.push({
        match,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  /** Like next, but only frames arriving from now on. */
  nextNew(match: (f: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    const before = this.frames.length;
    return this.next((f) => this.frames.indexOf(f) >= before && match(f), timeoutMs);
  }

  closed(timeoutMs = 5000): Promise<number> {
    if (this.closeCode !== undefined) return Promise.resolve(this.closeCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error("not closed"));
      }, timeoutMs);
      this.closeWaiters.push((code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
