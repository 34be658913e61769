/** The European flag: twelve gold stars in a circle on blue (decorative; the site name says it). */
const STARS = Array.from({ length: 12 }, (_, i) => {
  const angle = (i * Math.PI) / 6;
  return { x: 30 + 12 * Math.sin(angle), y: 20 - 12 * Math.cos(angle) };
});

function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = (i * Math.PI) / 5 - Math.PI / 2;
    const radius = i % 2 === 0 ? r : r * 0.382;
    points.push(`${(cx + radius * Math.cos(a)).toFixed(2)},${(cy + radius * Math.sin(a)).toFixed(2)}`);
  }
  return points.join(' ');
}

export function EuFlag() {
  return (
    <svg
      className="brand__flag"
      viewBox="0 0 60 40"
      width="54"
      height="36"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="60" height="40" fill="#039" />
      {STARS.map((s) => (
        <polygon key={`${s.x.toFixed(2)}-${s.y.toFixed(2)}`} points={star(s.x, s.y, 2.2)} fill="#fc0" />
      ))}
    </svg>
  );
}
