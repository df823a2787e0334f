/** One command of the chain that follows a pull, run from the repository root. */
export interface SyncStep {
  name: string;
  command: string;
  args: string[];
}

export interface SyncPlanInput {
  /** Vendors whose document specs:pull updated. */
  updated: readonly string[];
  /** Those among them that had no document before (no package yet). */
  added: readonly string[];
}

/**
 * What has to follow an update, in order: regenerate the updated vendors' packages (`--write`:
 * where CI is set, `pnpm generate` alone only checks), link a new package, write the changeset,
 * then the vendors' tests through turbo (which first runs `lint:specs` and the generation check).
 */
export function syncSteps({ updated, added }: SyncPlanInput): SyncStep[] {
  if (updated.length === 0) return [];
  const vendors = [...updated].sort();
  const steps: SyncStep[] = [
    { name: "regenerate", command: "pnpm", args: ["generate", "--write", ...vendors] },
  ];
  if (added.length > 0) {
    steps.push({
      name: "link new packages",
      command: "pnpm",
      args: ["install", "--no-frozen-lockfile"],
    });
  }
  steps.push(
    {
      name: "spec:changes (changeset)",
      command: "pnpm",
      args: ["spec:changes", ...vendors],
    },
    {
      name: "tests",
      command: "pnpm",
      args: [
        "exec",
        "turbo",
        "run",
        "test",
        ...vendors.map((vendor) => `--filter=@patchbay/${vendor}`),
      ],
    },
  );
  return steps;
}

export const describeStep = (step: SyncStep) => `${step.command} ${step.args.join(" ")}`;
