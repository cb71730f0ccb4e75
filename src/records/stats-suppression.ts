// Complementary suppression for the figures of stats.ts: a count of fewer people than the
// threshold is hidden, and so are enough other cells that no hidden one can be worked out from the
// published ones through the sums that tie them together (a total minus the others, or any
// combination of such sums). The check is the attacker's: linear algebra over the sums.

/** A sum the figures obey: `total` is the sum of `parts` (a part alone is an equality). */
export type SumRelation = { total: number; parts: readonly number[] };

const EPSILON = 1e-9;

/**
 * The hidden cells a reader could work out exactly from the published ones, knowing that no count
 * is below zero: a sum whose hidden cells add up to nothing gives each away as zero (and then counts
 * as published). Beyond that, for each group of hidden cells tied by sums, the reduced row echelon
 * form of those sums over the hidden cells: a hidden cell is determined when its pivot row has no
 * free cell in it. Cells worked out as zero are returned too: nobody is given away by them.
 */
export function determinedCells(values: readonly number[], hidden: readonly boolean[], relations: readonly SumRelation[]): number[] {
  const unknown = [...hidden];
  const determined: number[] = [];
  // What one step gives away makes the next possible: bounds, then elimination, until neither adds.
  for (;;) {
    pinByBounds(values, unknown, relations, determined);
    const solved = solveLinear(unknown, relations);
    if (solved.length === 0) return determined;
    for (const cell of solved) {
      unknown[cell] = false;
      determined.push(cell);
    }
  }
}

/** Sums whose hidden cells add up to nothing: each of them is zero. */
function pinByBounds(values: readonly number[], unknown: boolean[], relations: readonly SumRelation[], determined: number[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      // total − Σ parts = 0, split into what is known and what is not.
      let rest = 0;
      const open: number[] = [];
      let sign = 0;
      let mixed = false;
      const visit = (cell: number, coefficient: number) => {
        if (!unknown[cell]) rest += coefficient * values[cell]!;
        else {
          open.push(cell);
          if (sign !== 0 && sign !== coefficient) mixed = true;
          sign = coefficient;
        }
      };
      visit(relation.total, -1);
      for (const part of relation.parts) visit(part, 1);
      // Σ sign·x = −rest over the open cells, none below zero: nothing left means each is zero.
      if (open.length > 1 && !mixed && rest === 0) {
        for (const cell of open) {
          unknown[cell] = false;
          determined.push(cell);
        }
        changed = true;
      }
    }
  }
}

/**
 * The hidden cells that the sums, solved as linear equations, give away: Gauss–Jordan elimination
 * on sparse rows (a sum names a few cells), kept reduced, so that a cell is given away exactly when
 * its pivot row names no other cell.
 */
function solveLinear(unknown: readonly boolean[], relations: readonly SumRelation[]): number[] {
  const pivotOf = new Map<number, Map<number, number>>(); // pivot cell → its row
  const rowsWith = new Map<number, Set<Map<number, number>>>(); // cell → pivot rows naming it
  const track = (row: Map<number, number>, cell: number) => {
    let rows = rowsWith.get(cell);
    if (!rows) rowsWith.set(cell, (rows = new Set()));
    rows.add(row);
  };
  const untrack = (row: Map<number, number>, cell: number) => rowsWith.get(cell)?.delete(row);
  for (const relation of relations) {
    const row = new Map<number, number>();
    const add = (cell: number, coefficient: number) => {
      if (!unknown[cell]) return;
      const sum = (row.get(cell) ?? 0) + coefficient;
      if (Math.abs(sum) <= EPSILON) row.delete(cell);
      else row.set(cell, sum);
    };
    add(relation.total, -1);
    for (const part of relation.parts) add(part, 1);
    // Reduce by the pivots found so far.
    for (const cell of [...row.keys()]) {
      const factor = row.get(cell);
      const pivotRow = pivotOf.get(cell);
      if (factor === undefined || !pivotRow) continue;
      for (const [other, value] of pivotRow) {
        const sum = (row.get(other) ?? 0) - factor * value;
        if (Math.abs(sum) <= EPSILON) row.delete(other);
        else row.set(other, sum);
      }
    }
    if (row.size === 0) continue;
    // A new pivot: normalise, then clear it from the other pivot rows.
    const [pivot, scale] = row.entries().next().value as [number, number];
    for (const [cell, value] of row) row.set(cell, value / scale);
    for (const other of [...(rowsWith.get(pivot) ?? [])]) {
      const factor = other.get(pivot)!;
      for (const [cell, value] of row) {
        const sum = (other.get(cell) ?? 0) - factor * value;
        if (Math.abs(sum) <= EPSILON) {
          other.delete(cell);
          untrack(other, cell);
        } else {
          if (!other.has(cell)) track(other, cell);
          other.set(cell, sum);
        }
      }
    }
    pivotOf.set(pivot, row);
    for (const cell of row.keys()) track(row, cell);
  }
  const determined: number[] = [];
  for (const [pivot, row] of pivotOf) if (row.size === 1) determined.push(pivot);
  return determined;
}

/**
 * Hides every cell whose count of people is under the threshold (`small`, zero included), then,
 * while some hidden cell can be worked out, hides the cheapest published cell of a sum it is in
 * (the smallest count, totals dearer, and dearer still by `weights`: the figures a reader looks at
 * first). Cells that share no sum, even through others, are solved apart. Returns which are hidden.
 */
export function suppressCells(values: readonly number[], small: readonly boolean[], relations: readonly SumRelation[], weights: readonly number[] = []): boolean[] {
  const hidden = [...small];
  // Independent parts: cells tied by sums, directly or through other cells.
  const parent = values.map((_, cell) => cell);
  const find = (cell: number): number => {
    while (parent[cell] !== cell) cell = parent[cell] = parent[parent[cell]!]!;
    return cell;
  };
  for (const relation of relations) for (const part of relation.parts) parent[find(part)] = find(relation.total);
  const parts = new Map<number, SumRelation[]>();
  for (const relation of relations) {
    const root = find(relation.total);
    const list = parts.get(root);
    if (list) list.push(relation);
    else parts.set(root, [relation]);
  }
  for (const partRelations of parts.values()) suppressPart(values, hidden, partRelations, weights);
  return hidden;
}

function suppressPart(values: readonly number[], hidden: boolean[], relations: readonly SumRelation[], weights: readonly number[]): void {
  const relationsOf = new Map<number, number[]>();
  const cellsOf = (relation: SumRelation) => [relation.total, ...relation.parts];
  relations.forEach((relation, index) => {
    for (const cell of cellsOf(relation)) {
      const list = relationsOf.get(cell);
      if (list) list.push(index);
      else relationsOf.set(cell, [index]);
    }
  });
  const around = (cell: number) => relationsOf.get(cell) ?? [];
  // What hiding a cell costs the reader: its count, more for a total that other figures lean on.
  const asTotal = new Map<number, number>();
  for (const relation of relations) asTotal.set(relation.total, (asTotal.get(relation.total) ?? 0) + 1);
  const cost = (cell: number) => values[cell]! * (1 + (asTotal.get(cell) ?? 0)) * (weights[cell] ?? 1);
  // A cell hidden where no other is hides nothing there and needs a partner of its own: each such
  // sum makes it dearer, so that suppression does not run on from sum to sum.
  const price = (cell: number) => {
    let lonely = 0;
    for (const index of around(cell)) if (!cellsOf(relations[index]!).some((other) => other !== cell && hidden[other])) lonely++;
    return cost(cell) * (1 + lonely);
  };
  const cheapest = (cells: number[]) => {
    let best = -1;
    let bestPrice = Number.POSITIVE_INFINITY;
    for (const cell of cells) {
      const cellPrice = price(cell);
      if (cellPrice < bestPrice) (best = cell), (bestPrice = cellPrice);
    }
    return best;
  };
  const hide = (cell: number) => {
    if (cell < 0 || hidden[cell]) return false;
    hidden[cell] = true;
    return true;
  };
  // The cheapest published cell of the sums reached from `start` through hidden cells, nearest first.
  const nearestOpenCell = (start: number): number => {
    const seen = new Set([start]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: number[] = [];
      const open: number[] = [];
      for (const cell of frontier) {
        for (const index of around(cell)) {
          for (const other of cellsOf(relations[index]!)) {
            if (!hidden[other]) open.push(other);
            else if (!seen.has(other)) (seen.add(other), next.push(other));
          }
        }
      }
      if (open.length > 0) return cheapest(open);
      frontier = next;
    }
    return -1;
  };
  // Bounded: each round hides at least one more cell.
  for (let round = 0; round <= values.length; round++) {
    // First the plain case, cheaply: a sum with one hidden cell that holds someone gives it away.
    for (let changed = true; changed; ) {
      changed = false;
      for (const relation of relations) {
        const cells = cellsOf(relation);
        const lone = cells.filter((cell) => hidden[cell]);
        if (lone.length !== 1 || values[lone[0]!] === 0) continue;
        if (hide(cheapest(cells.filter((cell) => !hidden[cell])))) changed = true;
      }
    }
    // Then what combinations of sums and bounds give away. A cell worked out as zero gives nobody away.
    const determined = determinedCells(values, hidden, relations).filter((cell) => values[cell]! > 0);
    if (determined.length === 0) return;
    let added = 0;
    // What a newly hidden cell changes two sums out is seen next round.
    const changed = new Set<number>();
    for (const cell of determined) {
      if (around(cell).some((index) => changed.has(index))) continue;
      const open = [...new Set(around(cell).flatMap((index) => cellsOf(relations[index]!)))].filter((other) => !hidden[other]);
      let choice = open.length > 0 ? cheapest(open) : -1;
      // Every sum around this cell is hidden already: it is given away through sums further on.
      if (choice < 0) choice = nearestOpenCell(cell);
      if (hide(choice)) {
        for (const index of around(choice)) for (const near of cellsOf(relations[index]!)) for (const far of around(near)) changed.add(far);
        added++;
      }
    }
    if (added === 0) return;
  }
}
