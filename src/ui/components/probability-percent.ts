/**
 * A probability as a whole percentage for the person reading it: rounded, except that only a
 * certainty reads 100 % (a source traced at 0.995 read "probability 100 %", as sure as a
 * quotation found word for word) and only an impossibility 0 %.
 */
export function probabilityPercent(p: number): number {
  const percent = Math.round(p * 100);
  if (percent >= 100 && p < 1) return 99;
  if (percent <= 0 && p > 0) return 1;
  return percent;
}
