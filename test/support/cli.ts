import { runPlanCli } from "@/scripts/plan-cli";

/**
 * The plan CLI run in process, as `npm run plan -- ARGS` would run it: what it writes and its exit code. A test
 * file pays one module load instead of a `tsx` cold start per case (~2-3 s each on 2 cores); scripts/plan.test.ts
 * spawns the npm script once for real. `env` is set on process.env for the run and restored after it.
 */
export async function runCli(
  args: string[],
  { input = "", env = {} }: { input?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await runPlanCli(args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      readStdin: async () => input,
    });
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
