import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { isClientGone, loggerOptions } from "./logger-options";

function capture(level: string): { log: pino.Logger; lines: () => { level: number; msg: string }[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const log = pino(loggerOptions(level) as pino.LoggerOptions, sink);
  return { log, lines: () => chunks.map((c) => JSON.parse(c) as { level: number; msg: string }) };
}

describe("logger options", () => {
  it("tells a client that went away at debug level, real errors at error level", () => {
    const { log, lines } = capture("debug");
    log.error(new Error("premature close"));
    log.error({ err: new Error("database is down") }, "query failed");
    expect(lines().map((l) => [l.level, l.msg])).toEqual([
      [20, "premature close"],
      [50, "query failed"],
    ]);
  });

  it("recognises the premature-close error only", () => {
    expect(isClientGone({ err: Object.assign(new Error("x"), { code: "ERR_STREAM_PREMATURE_CLOSE" }) })).toBe(
      true,
    );
    expect(isClientGone(new Error("premature close"))).toBe(true);
    expect(isClientGone(new Error("boom"))).toBe(false);
    expect(isClientGone("premature close")).toBe(false);
    expect(isClientGone(null)).toBe(false);
  });
});
