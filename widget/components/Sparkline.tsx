/** A small bar chart of the quantities in the account's last orders (oldest first), with its meaning for screen readers. */
export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  if (values.length === 0) return null;
  const max = Math.max(...values, 1);
  const width = 4;
  const gap = 1;
  const height = 16;
  return (
    <svg class="oo-sparkline" role="img" aria-label={`${label}: ${values.join(', ')}`} width={values.length * (width + gap)} height={height} viewBox={`0 0 ${values.length * (width + gap)} ${height}`}>
      {values.map((v, i) => {
        const h = v > 0 ? Math.max(2, Math.round((v / max) * height)) : 1;
        return <rect key={i} x={i * (width + gap)} y={height - h} width={width} height={h} class={v > 0 ? 'oo-sparkline__bar' : 'oo-sparkline__none'} />;
      })}
    </svg>
  );
}
