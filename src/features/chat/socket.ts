/**
 * The few parts of a `ws` WebSocket the chat uses. The `ws` package ships no types and @types/ws is not
 * installed, so this keeps the chat code typed.
 */
export interface ChatSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send: (data: string) => void;
  close: (code?: number, reason?: string) => void;
  on: ((
    event: "message",
    listener: (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void,
  ) => void) &
    ((event: "close", listener: () => void) => void);
}

/**
 * `ws` closes a connection whose message is over its maxPayload (64 KiB, set in app.ts) with 1009 and no
 * word. It does so through the socket's own `close`, while the socket is still open for sending, so this
 * sends the person a readable error frame just before that close frame.
 */
export function explainOversizeClose(socket: ChatSocket, frame: () => Record<string, unknown>): void {
  const close = socket.close.bind(socket);
  socket.close = (code?: number, reason?: string) => {
    if (code === 1009 && socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame()));
    close(code, reason);
  };
}
