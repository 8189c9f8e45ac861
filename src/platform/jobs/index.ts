export { runDueJobs, startScheduler, type Job } from "./scheduler";
export { jobRuns } from "./tables";
