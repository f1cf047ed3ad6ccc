/**
 * TTL values: plain seconds (`3600`) or BIND's unit form (`1h30m`, `1W`, `2d`), case-insensitive.
 * Returns the number of seconds, or undefined when the text is not a TTL.
 * Values above 2^32-1 are returned as-is so the caller can report them as out of range.
 */
export function parseTtl(text: string): number | undefined {
  return parseTtlIn(text, 0, text.length);
}

/** `parseTtl` of `text[from, n)`, read in place (the parser's hot path: no substring). */
export function parseTtlIn(text: string, from: number, n: number): number | undefined {
  if (n === from) return undefined;
  let i = from;
  let total = 0;
  let sawUnit = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    let v = 0;
    while (i < n && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      i++;
    }
    if (i === n) {
      // A trailing bare number after units (`1h30`) is seconds, as in BIND.
      total += v;
      break;
    }
    let mult: number;
    switch (c | 0x20) {
      case 0x77: mult = 604800; break; // w
      case 0x64: mult = 86400; break;  // d
      case 0x68: mult = 3600; break;   // h
      case 0x6d: mult = 60; break;     // m
      case 0x73: mult = 1; break;      // s
      default: return undefined;
    }
    sawUnit = true;
    total += v * mult;
    i++;
  }
  void sawUnit;
  return total;
}

/** True when the text looks like a TTL (starts with a digit): used to tell TTL from class/type. */
export function looksLikeTtl(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export const MAX_TTL = 2147483647;

/** Human-readable form of a TTL in seconds: `3600` → `1h`, `90061` → `1d1h1m1s`. */
export function formatTtl(seconds: number): string {
  if (seconds === 0) return '0s';
  const parts: string[] = [];
  const units: [number, string][] = [[604800, 'w'], [86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']];
  let rest = seconds;
  for (const [size, u] of units) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${u}`);
      rest %= size;
    }
  }
  return parts.join('');
}
