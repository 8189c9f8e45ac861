import type { Bench } from "./harness";

const MODULE = "/fi/omahoito/rahahuolet";

/** Issue 6's figures: a module page against the static control, and saving an exercise at 20 concurrent clients. */
export const programsBench: Bench = {
  name: "programs",
  async run(ctx) {
    // The budget module of the money-worries program, found through the catalogue so slugs can change.
    const programHtml = await (await fetch(`${ctx.origin}${MODULE}`)).text();
    const modulePath = /href="(\/fi\/omahoito\/rahahuolet\/[^"]+)"/g;
    const modules = [...programHtml.matchAll(modulePath)].map((m) => m[1] ?? "");
    const budgetPath = modules[2] ?? modules[0] ?? MODULE;
    const ratio = await ctx.ratioToControl(budgetPath);

    // 20 people, each with their own resume code, saving their budget.
    const cookies: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${ctx.origin}${budgetPath}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ exercise: "monthly-budget", action: "create-code" }).toString(),
        redirect: "manual",
      });
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      if (cookie) cookies.push(cookie);
    }
    const body = JSON.stringify({
      exercise: "monthly-budget",
      answer: { income: { salary: "2 150,00" }, costs: { rent: "780,50", food: "320" } },
      action: "save",
    });
    const save = await ctx.measure({
      url: `${ctx.origin}${budgetPath}`,
      connections: 20,
      seconds: 8,
      requests: cookies.map((cookie) => ({
        method: "POST" as const,
        body,
        headers: { "content-type": "application/json", accept: "application/json", cookie },
      })),
    });
    return {
      ...ratio,
      save_codes: cookies.length,
      save_rps: save.requestsPerSecond,
      save_p50_ms: save.p50Ms,
      save_p99_ms: save.p99Ms,
      save_p99_target_ms: 30,
      save_errors: save.errors,
      save_non2xx: save.non2xx,
    };
  },
};
