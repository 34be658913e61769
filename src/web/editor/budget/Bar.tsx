/** A bar of a value against a limit; the words beside it carry the meaning, the bar is decoration. */
import './budget.css';
import { fill } from '../model/budget-figures.ts';

export interface BarProps {
  value: number;
  limit: number | undefined;
  label: string;
  words: string;
  over: boolean;
  overWords: string;
}

export function Bar({ value, limit, label, words, over, overWords }: BarProps) {
  return (
    <div className={`bar${over ? ' bar--over' : ''}`}>
      <p className="bar__label">{label}</p>
      <div className="bar__track" aria-hidden="true">
        <div className="bar__fill" style={{ width: `${fill(value, limit)}%` }} />
      </div>
      <p className="bar__words">
        {words}
        {over && <strong className="bar__over"> {overWords}</strong>}
      </p>
    </div>
  );
}
