/**
 * The region filter as a map: the 16 Länder with the number of practices in
 * each under the current filters; values without a shape (»bundesweit«) stand
 * beside it. Choosing a Land (click, tap, Enter or Space) toggles the same
 * filter as its checkbox. One tab stop; the arrow keys move across the map.
 */
import {memo, useCallback, useDeferredValue, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {useCounts} from '../../hooks/useCounts';
import {MAP_SOURCE, type GermanyMap as GermanyMapData} from '../../map/types';
import {legendOf, nextInDirection, stepBounds, stepOf} from './scale';
import styles from './styles.module.css';

export interface MapOption {
  value: string;
  label: string;
  /** What the map shows (null: not known yet). */
  count: number | null;
  /** Whether choosing it would yield nothing (its checkbox is disabled then). */
  disabled: boolean;
}

export interface GermanyMapProps {
  map: GermanyMapData;
  options: readonly MapOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down'};

/**
 * A filter click first updates the count and the list; the map follows in a second, interruptible render
 * (useDeferredValue), so drawing it does not add to the time until the new count is there.
 */
export default function GermanyMap({map, options, selected, onToggle}: GermanyMapProps): ReactNode {
  const toggleRef = useRef(onToggle);
  toggleRef.current = onToggle;
  const toggle = useCallback((value: string) => toggleRef.current(value), []);
  return <MapView map={map} options={useDeferredValue(options)} selected={useDeferredValue(selected)} onToggle={toggle} />;
}

const MapView = memo(function MapView({map, options, selected, onToggle}: GermanyMapProps): ReactNode {
  const id = useId();
  const counts = useCounts();
  const byValue = new Map(options.map((option) => [option.value, option]));
  const lands = map.lands.filter((land) => byValue.has(land.slug));
  const extras = options.filter((option) => !map.lands.some((land) => land.slug === option.value));
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = focused ?? lands.find((land) => selected.includes(land.slug))?.slug ?? lands[0]?.slug;
  const known = lands.map((land) => byValue.get(land.slug)!.count).filter((count): count is number => count !== null);
  const bounds = stepBounds(Math.max(0, ...known));

  const nameOf = (option: MapOption): string =>
    option.count === null ? option.label : translate({id: 'map.land.name', message: '{land}: {practices}', description: 'Accessible name of a Land on the map, e.g. »Sachsen: 7 Praxisbeispiele«'}, {land: option.label, practices: counts.practices(option.count)});

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const direction = ARROWS[event.key];
    const index = lands.findIndex((land) => land.slug === tabStop);
    if (index < 0) return;
    let next = index;
    if (direction) next = nextInDirection(lands, index, direction);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = lands.length - 1;
    else return;
    event.preventDefault();
    setFocused(lands[next]!.slug);
    document.getElementById(`${id}-${lands[next]!.slug}`)?.focus();
  };

  const choose = (option: MapOption): void => {
    if (option.disabled && !selected.includes(option.value)) return;
    onToggle(option.value);
  };

  return (
    <figure className={styles.figure} aria-labelledby={`${id}-caption`}>
      <div className={styles.body}>
        <svg
          className={styles.map}
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="group"
          aria-label={translate({id: 'map.label', message: 'Karte der Länder', description: 'Accessible name of the map of Germany in the region filter'})}
          onKeyDown={onKeyDown}>
          {lands.map((land) => {
            const option = byValue.get(land.slug)!;
            const checked = selected.includes(land.slug);
            const disabled = option.disabled && !checked;
            return (
              <path
                key={land.slug}
                id={`${id}-${land.slug}`}
                d={land.d}
                role="checkbox"
                aria-checked={checked}
                aria-disabled={disabled || undefined}
                aria-label={nameOf(option)}
                tabIndex={land.slug === tabStop ? 0 : -1}
                data-land={land.slug}
                className={clsx(styles.land, styles[`step${option.count === null ? 0 : stepOf(option.count, bounds)}`], checked && styles.checked, disabled && styles.disabled)}
                onFocus={() => setFocused(land.slug)}
                onClick={() => choose(option)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    choose(option);
                  }
                }}
              />
            );
          })}
          {/* Drawn after every shape, so that no neighbour covers a number. */}
          {lands.map((land) => {
            const option = byValue.get(land.slug)!;
            if (option.count === null) return null;
            const checked = selected.includes(land.slug);
            return (
              <text key={land.slug} x={land.x} y={land.y} className={clsx(styles.number, checked && styles.numberChecked)} aria-hidden="true">
                {checked ? `✓ ${option.count}` : option.count}
              </text>
            );
          })}
        </svg>
        {extras.length > 0 && (
          <ul className={styles.extras}>
            {extras.map((option) => {
              const checked = selected.includes(option.value);
              return (
                <li key={option.value}>
                  <button
                    type="button"
                    role="checkbox"
                    aria-checked={checked}
                    aria-disabled={(option.disabled && !checked) || undefined}
                    aria-label={nameOf(option)}
                    className={clsx(styles.extra, checked && styles.extraChecked)}
                    onClick={() => choose(option)}>
                    <span>{option.label}</span>
                    {option.count !== null && <span className={styles.extraCount}>{checked ? `✓ ${option.count}` : option.count}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        <Translate id="map.caption" description="Caption of the map in the region filter">
          Praxisbeispiele je Land mit den übrigen Filtern. Ein Land wählen wirkt wie sein Kästchen in der Liste; Pfeiltasten wechseln das Land.
        </Translate>
        {bounds.length > 0 && (
          <span className={styles.legend} aria-hidden="true">
            {legendOf(bounds).map((row) => (
              <span key={row.step} className={styles.legendItem}>
                <span className={styles.swatch} style={{background: `var(--map-step-${row.step})`}} />
                {row.from === row.to ? row.to : `${row.from}–${row.to}`}
              </span>
            ))}
          </span>
        )}
        <span className={styles.credit}>
          <Translate id="map.credit" description="Source of the map geometry; {source} is a link" values={{source: <a href={MAP_SOURCE.url}>Natural Earth</a>}}>
            {'Kartengrundlage: {source} (gemeinfrei)'}
          </Translate>
        </span>
      </figcaption>
    </figure>
  );
});
