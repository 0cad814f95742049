/** Shared look for charts: the app's font and colours (ECharts cannot read CSS variables). */
export const chartFont = "Vazirmatn, 'Segoe UI', Tahoma, sans-serif";

export const chartColors = {
  quota: '#9fb4c7',
  identified: '#0f5f7a',
  text: '#1c2430',
  muted: '#5b6675',
  grid: '#e6e9ee',
  severity: {
    very_severe: '#b42318',
    severe: '#dc6803',
    weak: '#ca8a04',
    very_weak: '#4d7c0f',
  },
} as const;
