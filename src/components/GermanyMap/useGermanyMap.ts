/**
 * The map of the Länder, fetched from its content-hashed data file once it is
 * wanted (the catalogue: at once; /suche: when only practices are searched).
 * Not in the route module or the static HTML: the map is worth nothing before
 * the counts, which also come with the data. Without it the checkboxes filter.
 */
import {useEffect, useState} from 'react';
import type {GermanyMap} from '../../map/types';

/** `loading` until it is there (room is kept for it), null when it cannot be loaded or is not wanted. */
export function useGermanyMap(url: string | undefined, wanted: boolean): GermanyMap | 'loading' | null {
  const [map, setMap] = useState<GermanyMap | 'failed' | null>(null);
  useEffect(() => {
    if (!wanted || !url || map) return undefined;
    let cancelled = false;
    void fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return (await response.json()) as GermanyMap;
      })
      .then(
        (loaded) => !cancelled && setMap(loaded),
        () => !cancelled && setMap('failed'),
      );
    return () => {
      cancelled = true;
    };
  }, [url, wanted, map]);
  if (!wanted || !url || map === 'failed') return null;
  return map ?? 'loading';
}
