import { barX, plot, text, tickX } from '@observablehq/plot';
import type { SkillGap } from '../api/types.js';
import { formatSkillStep, type SkillScale } from '../results/format.js';
import { PlotFigure } from './plot-figure.js';
import { SERIES_COLORS } from './riasec-chart.js';

/**
 * The skills a career needs above the person's level, on the skill scale the person rated
 * themselves on (1 basic … 5 expert): the step needed against the person's step.
 */
export function SkillGapChart({ gaps, scale }: { gaps: readonly SkillGap[]; scale: SkillScale }) {
  const rows = gaps.slice(0, 5);
  if (rows.length === 0) {
    return (
      <p class="muted">No skill gaps: you meet every level this career needs that you rated.</p>
    );
  }
  const skills = rows.map((g) => g.skill);
  const data = rows.map((g) => ({ ...g }));
  // Long names ("Management of Personnel Resources") are shortened to the margin, with an
  // ellipsis; the bars' tooltips keep the whole name.
  const fit = (margin: number) => (name: string) => {
    const max = Math.max(8, Math.floor(margin / 6.8));
    return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
  };
  return (
    <PlotFigure
      className="gap-chart"
      caption={`Skills to build (${scale[0]?.rating} ${scale[0]?.label} … ${scale.at(-1)?.rating} ${scale.at(-1)?.label})`}
      deps={[JSON.stringify(data)]}
      draw={(width) =>
        plot({
          width,
          height: 34 + rows.length * 28,
          marginLeft: Math.min(190, Math.round(width * 0.45)),
          marginRight: 16,
          style: { fontSize: '12px', background: 'transparent' },
          x: {
            domain: [0, scale.length],
            label: null,
            ticks: scale.map((s) => s.rating),
            tickFormat: (d: number) => String(d),
            grid: true,
          },
          y: {
            domain: skills,
            label: null,
            tickFormat: fit(Math.min(190, Math.round(width * 0.45)) - 10),
          },
          marks: [
            barX(data, {
              y: 'skill',
              x: 'requiredRating',
              fill: '#d5dbe8',
              insetTop: 3,
              insetBottom: 3,
              title: (g: SkillGap) =>
                `${g.skill}: ${formatSkillStep(g.requiredRating, scale)} needed`,
            }),
            barX(
              data.filter((g) => g.currentRating !== null),
              {
                y: 'skill',
                x: 'currentRating',
                fill: SERIES_COLORS.you,
                insetTop: 8,
                insetBottom: 8,
              },
            ),
            tickX(data, {
              y: 'skill',
              x: 'requiredRating',
              stroke: SERIES_COLORS.career,
              strokeWidth: 2,
            }),
            text(
              data.filter((g) => g.currentRating === null),
              {
                y: 'skill',
                x: 0,
                text: () => 'not stated',
                textAnchor: 'start',
                dx: 4,
                fill: '#55606e',
              },
            ),
          ],
        })
      }
    >
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch" style={{ background: SERIES_COLORS.you }} /> Your level
        </li>
        <li>
          <span class="swatch tick" style={{ background: SERIES_COLORS.career }} /> Level needed
        </li>
      </ul>
      <div class="sr-only">
        <table>
          <caption>Skills to build</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Level needed</th>
              <th scope="col">Your level</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g.skillId}>
                <th scope="row">{g.skill}</th>
                <td>{formatSkillStep(g.requiredRating, scale)}</td>
                <td>
                  {g.currentRating === null
                    ? 'not stated'
                    : formatSkillStep(g.currentRating, scale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PlotFigure>
  );
}
