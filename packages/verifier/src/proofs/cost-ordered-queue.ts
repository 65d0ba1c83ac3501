import { Piscina, type PiscinaTask, type TaskQueue } from 'piscina';

/** Queue options a job carries (under Piscina.queueOptionsSymbol): its estimated cost. */
export interface JobCost {
  cost: number;
}

/**
 * The worker pool's queue: cheapest job first, first come first served among equals. Under a
 * flood of documents built to be expensive, an honest small job does not wait behind them
 * (and run out its deadline); a large job only waits behind smaller ones.
 */
export class CostOrderedQueue implements TaskQueue {
  readonly #tasks: Array<{ task: PiscinaTask; cost: number }> = [];

  get size(): number {
    return this.#tasks.length;
  }

  push(task: PiscinaTask): void {
    const cost = costOf(task);
    let index = this.#tasks.length;
    while (index > 0 && (this.#tasks[index - 1] as { cost: number }).cost > cost) index -= 1;
    this.#tasks.splice(index, 0, { task, cost });
  }

  shift(): PiscinaTask | null {
    return this.#tasks.shift()?.task ?? null;
  }

  remove(task: PiscinaTask): void {
    const index = this.#tasks.findIndex((entry) => entry.task === task);
    if (index >= 0) this.#tasks.splice(index, 1);
  }
}

function costOf(task: PiscinaTask): number {
  const options = (task as unknown as Record<symbol, unknown>)[Piscina.queueOptionsSymbol] as Partial<JobCost> | null | undefined;
  return typeof options?.cost === 'number' ? options.cost : Number.MAX_SAFE_INTEGER;
}
