// Per-document lint scheduling, free of `vscode` so it can be unit tested.
//
// Throttle, not debounce: while someone types, a document is linted at most
// once per `delayMs`, and the pending run reads the document when it fires, so
// the last keystroke is always linted. Results computed for an older document
// version, or overtaken by a newer run, are dropped instead of published.

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LintTarget {
  /** The document's version now (VS Code's TextDocument.version), or undefined once it is closed. */
  currentVersion(): number | undefined;
}

export interface LintSchedulerOptions<T extends LintTarget, R> {
  timers?: Timers;
  delayMs: () => number;
  /**
   * Compute a result for `target` as it is at `version`. May be async (reading
   * configuration files); the document may change meanwhile.
   */
  compute(target: T, version: number): R | Promise<R>;
  publish(key: string, target: T, result: R, version: number): void;
  /** Called when a computation throws; the run is dropped. */
  onError?(key: string, error: unknown): void;
}

export interface LintScheduler<T extends LintTarget> {
  /** Lint `target` after the throttle delay, unless a run is already pending for `key`. */
  schedule(key: string, target: T): void;
  /** Lint now (cancelling any pending run); resolves when the result is published or dropped. */
  runNow(key: string, target: T): Promise<void>;
  /** Forget `key`: cancel its pending run and drop any result still being computed. */
  cancel(key: string): void;
  isPending(key: string): boolean;
  dispose(): void;
}

export function createLintScheduler<T extends LintTarget, R>(options: LintSchedulerOptions<T, R>): LintScheduler<T> {
  const timers = options.timers ?? realTimers;
  const pending = new Map<string, unknown>();
  // Sequence number of the latest run started per key: an older run finishing
  // late (e.g. one that read a configuration file before it changed) loses.
  const latestRun = new Map<string, number>();
  let sequence = 0;

  async function run(key: string, target: T): Promise<void> {
    const version = target.currentVersion();
    if (version === undefined) return;
    const runId = ++sequence;
    latestRun.set(key, runId);
    let result: R;
    try {
      result = await options.compute(target, version);
    } catch (error) {
      if (latestRun.get(key) === runId) options.onError?.(key, error);
      return;
    }
    if (latestRun.get(key) !== runId) return;
    if (target.currentVersion() !== version) return;
    options.publish(key, target, result, version);
  }

  function cancelPending(key: string): void {
    if (!pending.has(key)) return;
    timers.clearTimeout(pending.get(key));
    pending.delete(key);
  }

  return {
    schedule(key, target) {
      if (pending.has(key)) return;
      const handle = timers.setTimeout(() => {
        pending.delete(key);
        void run(key, target);
      }, Math.max(0, options.delayMs()));
      pending.set(key, handle);
    },
    runNow(key, target) {
      cancelPending(key);
      return run(key, target);
    },
    cancel(key) {
      cancelPending(key);
      latestRun.delete(key);
    },
    isPending: (key) => pending.has(key),
    dispose() {
      for (const key of [...pending.keys()]) cancelPending(key);
      latestRun.clear();
    },
  };
}
