/** A group of checkboxes for one facet, with counts; zero-yield values are disabled. Used by the catalogue and the search results. */
import {useId, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';
import {type FilterKey} from '../../vocabulary';
import type {GermanyMap as GermanyMapData} from '../../map/types';
import GermanyMap from '../GermanyMap';

export interface FacetGroupProps {
  name: FilterKey;
  label: string;
  options: {value: string; label: string; count: number | null}[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Long lists (carriers) show the selected values and the `limit` largest until expanded. */
  limit?: number;
  /** The region filter: the Länder on a map above the list, with `mapCounts` (or the counts) written in; room for it while it loads. */
  map?: GermanyMapData | 'loading';
  /** Per option: the practices that name the value itself (the list's counts include the nationwide ones). */
  mapCounts?: readonly number[] | null;
}

export default function FacetGroup({name, label, options, selected, onToggle, limit, map, mapCounts}: FacetGroupProps): ReactNode {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const collapsible = limit !== undefined && options.length > limit;
  const shown =
    collapsible && !expanded
      ? [
          ...options.filter((option) => selected.includes(option.value)),
          ...[...options]
            .filter((option) => !selected.includes(option.value))
            .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
            .slice(0, Math.max(0, limit - selected.length)),
        ]
      : options;
  return (
    <fieldset className={styles.facet}>
      <legend className={styles.facetLegend}>{label}</legend>
      {map === 'loading' && <div className={styles.mapPlaceholder} data-map-loading />}
      {map && map !== 'loading' && (
        <GermanyMap
          map={map}
          options={options.map((option, index) => ({value: option.value, label: option.label, count: option.count === null ? null : (mapCounts?.[index] ?? option.count), disabled: option.count === 0}))}
          selected={selected}
          onToggle={onToggle}
        />
      )}
      <ul id={`${id}-list`} className={collapsible && expanded ? `${styles.facetList} ${styles.facetScroll}` : styles.facetList}>
        {shown.map((option) => {
          const checked = selected.includes(option.value);
          const disabled = option.count === 0 && !checked;
          return (
            <li key={option.value}>
              <input
                type="checkbox"
                id={`${id}-${option.value}`}
                name={name}
                value={option.value}
                checked={checked}
                disabled={disabled}
                onChange={() => onToggle(option.value)}
              />
              <label htmlFor={`${id}-${option.value}`} className={disabled ? styles.disabled : undefined}>
                {option.label}
                {option.count !== null && <span className={styles.count}> ({option.count})</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {collapsible && (
        <button type="button" className="button button--link button--sm" aria-expanded={expanded} aria-controls={`${id}-list`} onClick={() => setExpanded((value) => !value)}>
          {expanded
            ? translate({id: 'facet.less', message: 'Weniger anzeigen', description: 'Folds a long filter list'})
            : translate({id: 'facet.all', message: 'Alle {count} anzeigen', description: 'Unfolds a long filter list'}, {count: options.length.toLocaleString('de-DE')})}
        </button>
      )}
    </fieldset>
  );
}
