import { barY, plot, ruleY } from '@observablehq/plot';
import type { RiasecLetter } from '../api/types.js';
import { LETTERS } from '../state/web-state.js';
import { PlotFigure } from './plot-figure.js';

/** Colors of the two series: the person and the career. */
export const SERIES_COLORS = { you: '#2f7d6d', career: '#5a67b0' } as const;

/** The person's RIASEC scores (1–7) beside an occupation's, as grouped bars. */
export function RiasecChart({
  person,
  career,
  careerTitle,
}: {
  person: Partial<Record<RiasecLetter, number>> | null;
  career: Readonly<Record<string, number | null>> | null;
  careerTitle: string;
}) {
  const rows = LETTERS.flatMap((letter) => [
    ...(person?.[letter] != null ? [{ letter, who: 'You', score: person[letter]! }] : []),
    ...(career?.[letter] != null ? [{ letter, who: 'This career', score: career[letter]! }] : []),
  ]);
  const fmt = (x: number | null | undefined) =>
    x == null ? '–' : (Math.round(x * 10) / 10).toString();
  return (
    <PlotFigure
      className="riasec-chart"
      caption={person ? `Interests: you and ${careerTitle}` : `Interests of ${careerTitle}`}
      deps={[JSON.stringify(rows)]}
      draw={(width) =>
        plot({
          width,
          height: 190,
          marginLeft: 32,
          marginBottom: 28,
          style: { fontSize: '12px', background: 'transparent' },
          fx: { domain: LETTERS, label: null, padding: 0.15 },
          x: { domain: ['You', 'This career'], axis: null },
          y: {
            domain: [0, 7],
            label: 'score (1–7)',
            ticks: [1, 4, 7],
            tickFormat: (d: number) => String(d),
            grid: true,
          },
          color: {
            domain: ['You', 'This career'],
            range: [SERIES_COLORS.you, SERIES_COLORS.career],
          },
          marks: [barY(rows, { fx: 'letter', x: 'who', y: 'score', fill: 'who' }), ruleY([0])],
        })
      }
    >
      <ul class="legend" aria-hidden="true">
        {person && (
          <li>
            <span class="swatch" style={{ background: SERIES_COLORS.you }} /> You
          </li>
        )}
        <li>
          <span class="swatch" style={{ background: SERIES_COLORS.career }} /> This career
        </li>
      </ul>
      <div class="sr-only">
        <table>
          <caption>Interest scores from 1 to 7</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">You</th>
              <th scope="col">This career</th>
            </tr>
          </thead>
          <tbody>
            {LETTERS.map((l) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                <td>{fmt(person?.[l])}</td>
                <td>{fmt(career?.[l])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PlotFigure>
  );
}
