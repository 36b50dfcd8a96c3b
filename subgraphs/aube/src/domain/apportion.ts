/**
 * Rounds `raw` parts to `decimals` places so that they add up exactly to `total` (largest
 * remainder method). Only non-zero parts absorb the rounding, so a factor that did not
 * count stays at 0, and no part goes past its cap or below 0. Returned numbers are exact
 * multiples of the unit.
 */
export function apportion(raw: readonly number[], total: number, options: { decimals?: number; caps?: readonly number[] } = {}): number[] {
  const scale = 10 ** (options.decimals ?? 1);
  const target = Math.round(total * scale);
  const units = raw.map((value) => Math.floor(value * scale + 1e-9));
  const caps = raw.map((_, index) => Math.round((options.caps?.[index] ?? Infinity) * scale));
  let difference = target - units.reduce((sum, value) => sum + value, 0);
  const fraction = (index: number) => (raw[index] ?? 0) * scale - (units[index] ?? 0);
  let adjustable = raw.map((_, index) => index).filter((index) => raw[index] !== 0);
  if (adjustable.length === 0) adjustable = raw.map((_, index) => index);
  const up = [...adjustable].sort((a, b) => fraction(b) - fraction(a) || a - b);
  const down = [...adjustable].sort((a, b) => fraction(a) - fraction(b) || a - b);
  while (difference !== 0) {
    const step = Math.sign(difference);
    let moved = false;
    for (const index of step > 0 ? up : down) {
      if (difference === 0) break;
      const next = (units[index] ?? 0) + step;
      if (next < 0 || next > (caps[index] ?? Infinity)) continue;
      units[index] = next;
      difference -= step;
      moved = true;
    }
    if (!moved) break;
  }
  return units.map((value) => value / scale);
}
