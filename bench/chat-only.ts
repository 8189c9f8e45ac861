// Runs only the chat benchmark against an already running server: `node --import tsx bench/chat-only.ts http://127.0.0.1:3000`
import { measure } from "./harness";
import { chatBench } from "./chat.bench";

const origin = process.argv[2] ?? "http://127.0.0.1:3000";
const result = await chatBench.run({ origin, measure, ratioToControl: () => Promise.resolve({}) });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(0);
