import { headersToRepeat, type Bench } from "./harness";

/** Issue 5's figures: scoring API latency at 50 clients (target p99 < 5 ms) and the form page against the control. */
export const questionnairesBench: Bench = {
  name: "questionnaires",
  async run(ctx) {
    const bodies = [
      [0, 1, 2, 3, 0, 1, 2, 3, 0],
      [3, 3, 3, 3, 3, 3, 3, 3, 1],
      [1, 1, 1, 1, 1, 1, 1, 1, 1],
    ].map((answers) => JSON.stringify({ answers }));
    const scoringRun = (seconds: number) =>
      ctx.measure({
        url: `${ctx.origin}/api/v1/questionnaires/phq-9/score`,
        connections: 50,
        seconds,
        requests: bodies.map((body) => ({
          method: "POST" as const,
          body,
          headers: { "content-type": "application/json" },
        })),
      });
    // A short warm-up first, so the figure is the steady state rather than JIT compilation.
    await scoringRun(1);
    const scoring = await scoringRun(5);
    // The control answers the same bytes from its own process: what the generator and loopback alone cost.
    const sample = await fetch(`${ctx.origin}/api/v1/questionnaires/phq-9/score`, {
      method: "POST",
      body: bodies[0],
      headers: { "content-type": "application/json" },
    });
    const control = await ctx.startStaticControl(await sample.text(), headersToRepeat(sample));
    const controlRun = await ctx
      .measure({
        url: `${control.origin}/`,
        connections: 50,
        seconds: 5,
        method: "POST",
        body: bodies[0],
        headers: { "content-type": "application/json" },
      })
      .finally(control.close);
    const page = await ctx.ratioToControl("/fi/kyselyt/phq-9");
    return {
      score_api_rps: scoring.requestsPerSecond,
      score_api_p50_ms: scoring.p50Ms,
      score_api_p99_ms: scoring.p99Ms,
      score_api_p99_target_ms: 5,
      score_control_rps: controlRun.requestsPerSecond,
      score_control_p99_ms: controlRun.p99Ms,
      score_api_ratio_to_control: Number(
        (scoring.requestsPerSecond / Math.max(1, controlRun.requestsPerSecond)).toFixed(2),
      ),
      score_api_errors: scoring.errors + scoring.non2xx,
      ...Object.fromEntries(Object.entries(page).map(([k, v]) => [`form_page_${k}`, v])),
    };
  },
};
