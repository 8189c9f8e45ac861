export { createMetrics, registerMetrics, type Metrics } from "./metrics";
