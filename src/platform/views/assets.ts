import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { Assets } from "./layout";

export interface AssetFile {
  body: Buffer;
  contentType: string;
}

export interface BuiltAssets extends Assets {
  files: Map<string, AssetFile>;
}

const root = path.resolve(import.meta.dirname, "../../..");

function versioned(name: string, body: Buffer): string {
  return `/assets/${name}?v=${createHash("sha256").update(body).digest("hex").slice(0, 12)}`;
}

/**
 * Bundles the browser islands and reads the stylesheet once at start, in memory: nothing to build
 * before `npm start`, and each URL carries a content hash so browsers may cache it for a year.
 */
export async function buildAssets(): Promise<BuiltAssets> {
  const css = fs.readFileSync(path.join(root, "public/styles.css"));
  const result = await build({
    entryPoints: [path.join(root, "client/app.ts")],
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    write: false,
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
  });
  const js = Buffer.from(result.outputFiles[0]?.contents ?? new Uint8Array());
  const files = new Map<string, AssetFile>([
    ["styles.css", { body: css, contentType: "text/css; charset=utf-8" }],
    ["app.js", { body: js, contentType: "text/javascript; charset=utf-8" }],
  ]);
  return { cssHref: versioned("styles.css", css), jsHref: versioned("app.js", js), files };
}
