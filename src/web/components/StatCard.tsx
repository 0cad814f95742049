interface StatCardProps {
  label: string;
  value: string;
  hint?: string;
}

/** A headline figure (KPI) with its label. */
export function StatCard({ label, value, hint }: StatCardProps) {
  return (
    <div className="stat-card">
      <div className="stat-label">{label}</div>
      <div className="stat-value num">{value}</div>
      {hint && <div className="stat-hint">{hint}</div>}
    </div>
  );
}
