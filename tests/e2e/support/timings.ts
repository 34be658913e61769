/** Timing a journey's steps, printed as a table (never asserted: machines differ). */
export class Timings {
  readonly steps: { name: string; ms: number }[] = [];
  #last = performance.now();
  readonly #start = this.#last;

  constructor(readonly journey: string) {}

  /** Ends the current step under `name`. */
  step(name: string): void {
    const now = performance.now();
    this.steps.push({ name, ms: now - this.#last });
    this.#last = now;
  }

  table(): string {
    const total = performance.now() - this.#start;
    const width = Math.max(5, ...this.steps.map((s) => s.name.length));
    return [
      `journey timings: ${this.journey}`,
      ...this.steps.map((s) => `  ${s.name.padEnd(width)} ${(s.ms / 1000).toFixed(2).padStart(7)} s`),
      `  ${'total'.padEnd(width)} ${(total / 1000).toFixed(2).padStart(7)} s`,
    ].join('\n');
  }
}
