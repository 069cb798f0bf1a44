import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainDecimal } from './plain-decimal.js';

describe('toPlainDecimal', () => {
  it('writes exponent notation out in full', () => {
    expect(toPlainDecimal(1e21, 'n')).toBe('1000000000000000000000');
    expect(toPlainDecimal(-1.5e-7, 'n')).toBe('-0.00000015');
    expect(toPlainDecimal(5e-324, 'n')).toBe(`0.${'0'.repeat(323)}5`);
    expect(toPlainDecimal(1.7976931348623157e308, 'n')).toBe(`17976931348623157${'0'.repeat(292)}`);
    expect(toPlainDecimal(123.456, 'n')).toBe('123.456');
    expect(toPlainDecimal(-0, 'n')).toBe('0');
  });

  it('gives, for any finite number, plain digits that parse back to the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = toPlainDecimal(n, 'n');
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
