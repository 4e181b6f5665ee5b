import { describe, expect, it } from 'vitest';
import { renderSegmentReason } from './renderSegmentReason.js';
import { SEGMENTS } from '../segments/index.js';
import { segmentLabel } from './segmentLabel.js';

describe('renderSegmentReason', () => {
  it('tells a new customer by its orders so far', () => {
    expect(renderSegmentReason({ segment: 'new', orders: 1, intervalDays: null, recencyDays: 10 }, 'en')).toBe('new customer: 1 order so far, last order 10 days ago');
    expect(renderSegmentReason({ segment: 'new', orders: 2, intervalDays: 12, recencyDays: 0 }, 'es')).toBe('cliente nuevo: 2 pedidos hasta ahora, último pedido hoy');
  });

  it('tells a one-time buyer by how long ago its only order was, to reactivate', () => {
    expect(renderSegmentReason({ segment: 'one-time', orders: 1, intervalDays: null, recencyDays: 150 }, 'en')).toBe('one order only, 5 months ago: to reactivate');
    expect(renderSegmentReason({ segment: 'one-time', orders: 1, intervalDays: null, recencyDays: 150 }, 'es')).toBe('un solo pedido, hace 5 meses: por reactivar');
  });

  it('tells the others by their rhythm and recency, in weeks or months when long', () => {
    const s = { orders: 9, intervalDays: 35 };
    expect(renderSegmentReason({ ...s, segment: 'active', recencyDays: 20 }, 'en')).toBe('orders every ~5 weeks, last order 3 weeks ago');
    expect(renderSegmentReason({ ...s, segment: 'active', recencyDays: 20 }, 'es')).toBe('pide cada ~5 semanas, último pedido hace 3 semanas');
    expect(renderSegmentReason({ ...s, segment: 'at-risk', recencyDays: 63 }, 'en')).toBe('orders every ~5 weeks, last order 9 weeks ago, later than usual');
    expect(renderSegmentReason({ ...s, segment: 'at-risk', recencyDays: 63 }, 'es')).toBe('pide cada ~5 semanas, último pedido hace 9 semanas, más tarde de lo habitual');
    expect(renderSegmentReason({ ...s, segment: 'lapsed', recencyDays: 200 }, 'en')).toBe('orders every ~5 weeks, last order 7 months ago, far beyond its usual interval');
    expect(renderSegmentReason({ ...s, segment: 'lapsed', recencyDays: 200 }, 'es')).toBe('pide cada ~5 semanas, último pedido hace 7 meses, muy por encima de su intervalo habitual');
    expect(renderSegmentReason({ ...s, segment: 'active', intervalDays: 6, recencyDays: 4 }, 'en')).toBe('orders every ~6 days, last order 4 days ago');
  });

  it('leaves out a rhythm it does not know', () => {
    expect(renderSegmentReason({ segment: 'lapsed', orders: 3, intervalDays: null, recencyDays: 100 }, 'en')).toBe('last order 14 weeks ago, far beyond its usual interval');
  });

  it('names segments', () => {
    expect(SEGMENTS.map((s) => segmentLabel(s, 'en'))).toEqual(['new', 'one-time', 'active', 'at-risk', 'lapsed']);
    expect(SEGMENTS.map((s) => segmentLabel(s, 'es'))).toEqual(['nuevo', 'de compra única', 'activo', 'en riesgo', 'inactivo']);
  });
});
