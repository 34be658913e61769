/**
 * Minimum-cost maximum flow by the primal-dual method: successive shortest paths with node
 * potentials (Dijkstra on reduced costs), where each shortest-path search is followed by a
 * blocking flow (Dinic) over every arc of zero reduced cost. One search thus serves all augmenting
 * paths of the current shortest length instead of one path, which is what makes it fast here:
 * the number of searches is the number of distinct path lengths, not the number of flow units.
 *
 * The result is exact: a maximum flow, and of those the cheapest. Preconditions, checked by the
 * caller: costs are non-negative integers (so zero potentials are a valid start) and small enough
 * that every path cost is a safe integer (so "reduced cost is 0" is an exact test).
 *
 * Determinism: every choice follows arc insertion order and the heap's fixed comparisons, so the
 * same network built in the same order gives the same flow.
 */

export class FlowNetwork {
  // Typed arrays that double when full: a network has ~10⁵ arcs, and plain arrays of that many
  // numbers cost more to fill than the solve costs to run.
  private tails = new Int32Array(1024);
  private heads = new Int32Array(1024);
  private capacities = new Int32Array(1024);
  private costs = new Float64Array(1024);
  private count = 0;

  constructor(readonly nodeCount: number) {}

  /** Adds an arc and returns its id, to read its flow after solving. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (this.count === this.tails.length) this.grow();
    const i = this.count++;
    this.tails[i] = from;
    this.heads[i] = to;
    this.capacities[i] = capacity;
    this.costs[i] = cost;
    return i;
  }

  private grow(): void {
    const size = 2 * this.tails.length;
    const tails = new Int32Array(size);
    const heads = new Int32Array(size);
    const capacities = new Int32Array(size);
    const costs = new Float64Array(size);
    tails.set(this.tails);
    heads.set(this.heads);
    capacities.set(this.capacities);
    costs.set(this.costs);
    this.tails = tails;
    this.heads = heads;
    this.capacities = capacities;
    this.costs = costs;
  }

  get arcCount(): number {
    return this.count;
  }

  /** Solves for a minimum-cost maximum flow from source to sink. */
  solve(source: number, sink: number): FlowSolution {
    const m = this.count;
    return new Solver(
      this.nodeCount,
      this.tails.subarray(0, m),
      this.heads.subarray(0, m),
      this.capacities.subarray(0, m),
      this.costs.subarray(0, m),
    ).run(source, sink);
  }
}

export interface FlowSolution {
  flow: number;
  cost: number;
  /** How many shortest-path searches found a path: the number of distinct path lengths met. */
  phases: number;
  flowOn(arc: number): number;
}

/**
 * The residual network in compressed adjacency form: the arcs leaving node u are the positions
 * start[u] .. start[u+1]-1, each arc's reverse sits at twin[position].
 */
class Solver {
  private readonly start: Int32Array;
  private readonly head: Int32Array;
  private readonly twin: Int32Array;
  private readonly residual: Int32Array;
  private readonly cost: Float64Array;
  private readonly forwardAt: Int32Array;
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly settled: Uint8Array;
  private readonly zeroStart: Int32Array;
  private readonly zeroArcs: Int32Array;
  private readonly level: Int32Array;
  private readonly next: Int32Array;
  private readonly queue: Int32Array;
  private readonly path: Int32Array;
  private readonly heap: MinHeap;

  constructor(
    private readonly n: number,
    tails: Int32Array,
    heads: Int32Array,
    capacities: Int32Array,
    costs: Float64Array,
  ) {
    const m = tails.length;
    this.start = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) {
      this.start[tails[i]! + 1]!++;
      this.start[heads[i]! + 1]!++;
    }
    for (let u = 0; u < n; u++) this.start[u + 1]! += this.start[u]!;
    const fill = this.start.slice(0, n);
    this.head = new Int32Array(2 * m);
    this.twin = new Int32Array(2 * m);
    this.residual = new Int32Array(2 * m);
    this.cost = new Float64Array(2 * m);
    this.forwardAt = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const f = fill[tails[i]!]!++;
      const r = fill[heads[i]!]!++;
      this.head[f] = heads[i]!;
      this.head[r] = tails[i]!;
      this.twin[f] = r;
      this.twin[r] = f;
      this.residual[f] = capacities[i]!;
      this.cost[f] = costs[i]!;
      this.cost[r] = -costs[i]!;
      this.forwardAt[i] = f;
    }
    this.potential = new Float64Array(n);
    this.dist = new Float64Array(n);
    this.settled = new Uint8Array(n);
    this.zeroStart = new Int32Array(n + 1);
    this.zeroArcs = new Int32Array(2 * m);
    this.level = new Int32Array(n);
    this.next = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.path = new Int32Array(n);
    this.heap = new MinHeap(2 * m + n);
  }

  run(source: number, sink: number): FlowSolution {
    let flow = 0;
    let phases = 0;
    while (this.shortestPaths(source, sink)) {
      phases++;
      flow += this.blockingFlows(source, sink);
    }
    let cost = 0;
    const { forwardAt, residual, twin } = this;
    for (let i = 0; i < forwardAt.length; i++) {
      const f = forwardAt[i]!;
      cost += residual[twin[f]!]! * this.cost[f]!;
    }
    return { flow, cost, phases, flowOn: (arc) => residual[twin[forwardAt[arc]!]!]! };
  }

  /**
   * Dijkstra on reduced costs, stopped when the sink is settled. Potentials then move by
   * min(distance, distance to sink), which keeps every residual reduced cost non-negative and
   * makes exactly the arcs on shortest source-sink paths (and some beyond the sink) zero.
   */
  private shortestPaths(source: number, sink: number): boolean {
    const { start, head, residual, cost, potential, dist, settled, heap } = this;
    dist.fill(Number.POSITIVE_INFINITY);
    settled.fill(0);
    heap.clear();
    dist[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (settled[u] || d > dist[u]!) continue;
      settled[u] = 1;
      if (u === sink) break;
      const pu = potential[u]! + d;
      for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
        if (residual[a] === 0) continue;
        const v = head[a]!;
        const nd = pu + cost[a]! - potential[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    if (!settled[sink]) return false;
    const toSink = dist[sink]!;
    for (let v = 0; v < this.n; v++) potential[v]! += settled[v] ? dist[v]! : toSink;
    return true;
  }

  /**
   * Dinic on the arcs of zero reduced cost: augments along every shortest path of this phase.
   * Those arcs are listed once per phase (an augmentation keeps an arc's reduced cost, and the
   * reverse of a zero arc is a zero arc), so the level searches walk only them, not the network.
   */
  private blockingFlows(source: number, sink: number): number {
    this.listZeroArcs();
    let pushed = 0;
    while (this.levelGraph(source, sink)) {
      this.next.set(this.zeroStart.subarray(0, this.n));
      for (let f = this.augment(source, sink); f > 0; f = this.augment(source, sink)) pushed += f;
    }
    return pushed;
  }

  /**
   * Only arcs leaving nodes the search settled: every shortest path runs through those, and a
   * path the list misses is found by the next search at distance 0.
   */
  private listZeroArcs(): void {
    const { start, head, cost, potential, settled, zeroStart, zeroArcs } = this;
    let k = 0;
    for (let u = 0; u < this.n; u++) {
      zeroStart[u] = k;
      if (!settled[u]) continue;
      const pu = potential[u]!;
      for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
        if (cost[a]! + pu - potential[head[a]!]! === 0) zeroArcs[k++] = a;
      }
    }
    zeroStart[this.n] = k;
  }

  private levelGraph(source: number, sink: number): boolean {
    const { zeroStart, zeroArcs, head, residual, level, queue } = this;
    level.fill(-1);
    level[source] = 0;
    queue[0] = source;
    let read = 0;
    let write = 1;
    while (read < write) {
      const u = queue[read++]!;
      for (let i = zeroStart[u]!, end = zeroStart[u + 1]!; i < end; i++) {
        const a = zeroArcs[i]!;
        const v = head[a]!;
        if (level[v] !== -1 || residual[a] === 0) continue;
        level[v] = level[u]! + 1;
        queue[write++] = v;
      }
    }
    return level[sink] !== -1;
  }

  /** One augmenting path in the level graph (iterative DFS with current-arc pointers). */
  private augment(source: number, sink: number): number {
    const { zeroStart, zeroArcs, head, level, next, path, residual, twin } = this;
    let depth = 0;
    let u = source;
    while (true) {
      if (u === sink) {
        let bottleneck = Number.POSITIVE_INFINITY;
        for (let i = 0; i < depth; i++) bottleneck = Math.min(bottleneck, residual[path[i]!]!);
        for (let i = 0; i < depth; i++) {
          residual[path[i]!]! -= bottleneck;
          residual[twin[path[i]!]!]! += bottleneck;
        }
        return bottleneck;
      }
      let i = next[u]!;
      const end = zeroStart[u + 1]!;
      const want = level[u]! + 1;
      while (i < end && (residual[zeroArcs[i]!] === 0 || level[head[zeroArcs[i]!]!] !== want)) i++;
      next[u] = i;
      if (i < end) {
        path[depth++] = zeroArcs[i]!;
        u = head[zeroArcs[i]!]!;
        continue;
      }
      // A dead end: no augmenting path continues from u in this level graph.
      level[u] = -1;
      if (depth === 0) return 0;
      const back = path[--depth]!;
      u = head[twin[back]!]!;
      next[u]!++;
    }
  }
}

/** A binary min-heap of (key, node) with lazy deletion; ties go to the smaller node number. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  private less(i: number, j: number): boolean {
    const ki = this.keys[i]!;
    const kj = this.keys[j]!;
    return ki < kj || (ki === kj && this.nodes[i]! < this.nodes[j]!);
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
    const v = this.nodes[i]!;
    this.nodes[i] = this.nodes[j]!;
    this.nodes[j] = v;
  }

  push(key: number, node: number): void {
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const top = this.nodes[0]!;
    this.size--;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size]!;
      this.nodes[0] = this.nodes[this.size]!;
      let i = 0;
      while (true) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < this.size && this.less(l, smallest)) smallest = l;
        if (r < this.size && this.less(r, smallest)) smallest = r;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }
}
