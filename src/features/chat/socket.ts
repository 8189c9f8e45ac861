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
