/**
 * The map's colour classes: 0 for none, then four steps up to the largest
 * number shown. Pure, for the interactive map, the static carrier maps and the tests.
 */
export const STEPS = 4;

/** Upper bounds of the steps 1–4 for numbers up to `max` (ascending, distinct, the last is `max`). */
export function stepBounds(max: number): number[] {
  if (max <= 0) return [];
  const bounds: number[] = [];
  for (let step = 1; step <= STEPS; step += 1) {
    const bound = Math.ceil((max * step) / STEPS);
    if (bound > (bounds.at(-1) ?? 0)) bounds.push(bound);
  }
  return bounds;
}

/** The step of `count` (0: none) for the given bounds. */
export function stepOf(count: number, bounds: readonly number[]): number {
  if (count <= 0) return 0;
  const index = bounds.findIndex((bound) => count <= bound);
  // With fewer distinct bounds than steps (small numbers), the top step stays the darkest.
  return index < 0 ? STEPS : STEPS - bounds.length + index + 1;
}

/** Legend rows: »1–3«, »4–6«, … for the bounds, with their steps. */
export function legendOf(bounds: readonly number[]): {step: number; from: number; to: number}[] {
  return bounds.map((to, index) => ({step: STEPS - bounds.length + index + 1, from: index === 0 ? 1 : bounds[index - 1]! + 1, to}));
}

/**
 * The next Land from `from` in the direction of an arrow key: among the points within 60° of the direction, the
 * closest (angle counts double), so that the arrows move across the map as it looks.
 */
export function nextInDirection(points: readonly {x: number; y: number}[], from: number, direction: 'left' | 'right' | 'up' | 'down'): number {
  const [dx, dy] = ({left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1]} as const)[direction];
  const origin = points[from]!;
  let best = from;
  let bestCost = Infinity;
  points.forEach((point, index) => {
    if (index === from) return;
    const vx = point.x - origin.x;
    const vy = point.y - origin.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) return;
    const cos = (vx * dx + vy * dy) / distance;
    if (cos < 0.5) return;
    const cost = distance * (1 + 2 * (1 - cos));
    if (cost < bestCost) {
      bestCost = cost;
      best = index;
    }
  });
  return best;
}
