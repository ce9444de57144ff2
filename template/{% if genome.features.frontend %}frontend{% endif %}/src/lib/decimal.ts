/**
 * Decimals as the API writes them: strings such as "-12.50", compared and measured
 * without floating point so that "0.1" and 999999999.99 keep their exact value.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

export interface DecimalParts {
  negative: boolean;
  /** The digits before the point, without leading zeros. */
  whole: string;
  /** The digits after the point, as written (trailing zeros count, as in Django). */
  fraction: string;
}

export function parseDecimal(text: string): DecimalParts | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  return {
    negative: sign === "-",
    whole: whole.replace(/^0+/, ""),
    fraction,
  };
}

/** -1, 0 or 1 as a < b, a == b, a > b; null when either is not a decimal. */
export function compareDecimal(a: string, b: string): number | null {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) return null;
  const sign = (p: DecimalParts) =>
    /[1-9]/.test(p.whole + p.fraction) ? (p.negative ? -1 : 1) : 0;
  const sx = sign(x);
  const sy = sign(y);
  if (sx !== sy) return Math.sign(sx - sy);
  if (sx === 0) return 0;
  const places = Math.max(x.fraction.length, y.fraction.length);
  const digits = (p: DecimalParts) => p.whole + p.fraction.padEnd(places, "0");
  const dx = digits(x).replace(/^0+/, "");
  const dy = digits(y).replace(/^0+/, "");
  const magnitude =
    dx.length !== dy.length
      ? Math.sign(dx.length - dy.length)
      : dx === dy
        ? 0
        : dx < dy
          ? -1
          : 1;
  return sx * magnitude;
}
