export interface ChartDatum {
  label: string;
  value: number;
}

const PALETTE = ['#2f6db5', '#e0892b', '#3a9a5b', '#b5412f', '#7a52b3', '#2a9aa3', '#8c7a2b'];

/** Horizontal bars: labels can be long (store and product names). */
export function BarChart(props: { title: string; data: ChartDatum[]; format: (value: number) => string; id?: string }) {
  const rowHeight = 32;
  const labelWidth = 190;
  const valueWidth = 130;
  const width = 560;
  const barSpace = width - labelWidth - valueWidth;
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const height = Math.max(rowHeight, props.data.length * rowHeight) + 8;
  return (
    <div class="card chart" id={props.id}>
      <h2>{props.title}</h2>
      {props.data.length === 0 ? (
        <p class="muted">Sem vendas no período.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={props.title}>
          {props.data.map((d, index) => {
            const y = 4 + index * rowHeight;
            const barWidth = Math.max(2, Math.round((Math.max(0, d.value) / max) * barSpace));
            return (
              <g>
                <text x={labelWidth - 8} y={y + 21} text-anchor="end" font-size="15" fill="#1d2330">
                  {d.label.length > 24 ? `${d.label.slice(0, 23)}…` : d.label}
                </text>
                <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 8} rx="3" fill={PALETTE[index % PALETTE.length]} />
                <text x={labelWidth + barWidth + 6} y={y + 21} font-size="14" fill="#5b6475">
                  {props.format(d.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}

/** Vertical columns for ordered axes (hours, days). */
export function ColumnChart(props: { title: string; data: ChartDatum[]; format: (value: number) => string; id?: string }) {
  const width = 560;
  const height = 220;
  const bottom = 34;
  const top = 18;
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const slot = props.data.length > 0 ? (width - 20) / props.data.length : 0;
  const labelEvery = Math.max(1, Math.ceil(props.data.length / 12));
  return (
    <div class="card chart" id={props.id}>
      <h2>{props.title}</h2>
      {props.data.length === 0 ? (
        <p class="muted">Sem vendas no período.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={props.title}>
          <line x1="10" y1={height - bottom} x2={width - 10} y2={height - bottom} stroke="#c8ccd4" />
          {props.data.map((d, index) => {
            const barHeight = Math.round((Math.max(0, d.value) / max) * (height - bottom - top));
            const x = 10 + index * slot + slot * 0.15;
            return (
              <g>
                <rect x={x} y={height - bottom - barHeight} width={slot * 0.7} height={barHeight} rx="2" fill="#2f6db5">
                  <title>{`${d.label}: ${props.format(d.value)}`}</title>
                </rect>
                {index % labelEvery === 0 && (
                  <text x={x + slot * 0.35} y={height - bottom + 20} text-anchor="middle" font-size="14" fill="#5b6475">
                    {d.label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
