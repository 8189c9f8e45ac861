import { crisisBench } from "./crisis.bench";
import { foundationBench } from "./foundation.bench";
import type { Bench } from "./harness";

/** Every benchmark; a feature adds its own here, one line each. */
export const benches: Bench[] = [foundationBench, crisisBench];
