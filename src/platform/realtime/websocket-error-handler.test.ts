import { describe, expect, it } from "vitest";
import { isClientProtocolError } from "./websocket-error-handler";

describe("websocket errors", () => {
  it("tells the client's protocol faults from our own errors", () => {
    const tooBig = Object.assign(new RangeError("Max payload size exceeded"), {
      code: "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH",
    });
    expect(isClientProtocolError(tooBig)).toBe(true);
    expect(isClientProtocolError(new Error("database is down"))).toBe(false);
    expect(isClientProtocolError(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBe(false);
    expect(isClientProtocolError(null)).toBe(false);
  });
});
