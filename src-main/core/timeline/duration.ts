/** A duration unit as TIMEX3 writes it: `Y`, `M`, `W`, `D`, `Q` (date part) or `H`, `M`, `S` (time part, after `T`). */
export interface TimexUnit {
  letter: string;
  isTime: boolean;
}

/** How a fraction of a unit is carried into the next smaller one ("2 1/2 years" is P2Y6M). */
const SMALLER: Record<string, { letter: string; isTime: boolean; factor: number }> = {
  Y: { letter: 'M', isTime: false, factor: 12 },
  W: { letter: 'D', isTime: false, factor: 7 },
  D: { letter: 'H', isTime: true, factor: 24 },
  TH: { letter: 'M', isTime: true, factor: 60 },
  TM: { letter: 'S', isTime: true, factor: 60 },
};

/**
 * The TIMEX3 duration value of `amount` units: (3, Y) is `P3Y`, (5.5, hour) `PT5H30M`, and null
 * (a vague amount such as "a few") `PXY`. A fraction that no smaller unit expresses exactly
 * stays decimal (`P1.5M`).
 */
export function formatDuration(amount: number | null, unit: TimexUnit): string {
  const prefix = unit.isTime ? 'PT' : 'P';
  if (amount === null) return `${prefix}X${unit.letter}`;
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  const smaller = SMALLER[unit.isTime ? `T${unit.letter}` : unit.letter];
  if (fraction === 0 || !smaller || !Number.isInteger(fraction * smaller.factor)) {
    return `${prefix}${formatAmount(amount)}${unit.letter}`;
  }
  const rest = `${fraction * smaller.factor}${smaller.letter}`;
  const head = whole > 0 ? `${whole}${unit.letter}` : '';
  if (smaller.isTime && !unit.isTime) return `P${head}T${rest}`;
  return `${prefix}${head}${rest}`;
}

function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
}
