/** Share of the quota identified; null when there is no quota to measure against. */
export function quotaRatio(identified: number, quota: number): number | null {
  return quota > 0 ? identified / quota : null;
}
