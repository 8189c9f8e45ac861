import { assessCrisis } from "../src/platform/crisis/index";
import { heldOutCrisis, heldOutNonCrisis } from "../src/platform/crisis/held-out-messages";
import type { Bench } from "./harness";

/** In-process cost of the crisis check that every channel runs on every message. */
export const crisisBench: Bench = {
  name: "crisis-detection",
  run() {
    const messages = [...heldOutCrisis, ...heldOutNonCrisis];
    for (const m of messages) assessCrisis(m);
    const rounds = 50;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) for (const m of messages) assessCrisis(m);
    const perMessageUs = ((performance.now() - started) * 1000) / (rounds * messages.length);
    const worst = performance.now();
    assessCrisis({ text: "kuol".repeat(1250) });
    return Promise.resolve({
      per_message_us: Number(perMessageUs.toFixed(1)),
      adversarial_5000_chars_ms: Number((performance.now() - worst).toFixed(2)),
    });
  },
};
