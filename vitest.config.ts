import { defineConfig } from "vitest/config";

// CI collects a JSON report from every run to print one closing "N passed, N failed" line.
const reportDir = process.env.VITEST_REPORT_DIR;

export default defineConfig({
  test: {
    reporters: reportDir
      ? ["default", ["json", { outputFile: `${reportDir}/vitest-${process.pid}-${Date.now()}.json` }]]
      : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "client/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts", "test/int/**/*.int.test.ts"],
          globalSetup: ["test/support/global-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/support/global-db.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
