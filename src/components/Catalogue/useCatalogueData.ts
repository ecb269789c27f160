import {useCallback, useEffect, useMemo, useState} from 'react';
import type {CatalogueModule, FacetRow, FacetsFile, TextRow} from '../../catalogue/types';

export type LoadState = 'loading' | 'ready' | 'error';

/**
 * Fetches the facet file once and text chunks on demand. `wanted` lists the
 * row indices whose text is needed now (the visible cards, or all rows while
 * a free-text filter is active).
 */
export function useCatalogueData(catalogue: CatalogueModule, wanted: readonly number[] | 'all') {
  const [rows, setRows] = useState<FacetRow[] | null>(null);
  const [state, setState] = useState<LoadState>('loading');
  const [attempt, setAttempt] = useState(0);
  const [chunks, setChunks] = useState<Map<number, TextRow[]>>(() => new Map());
  const [pending, setPending] = useState<Set<number>>(() => new Set());

  useEffect(() => {
    let cancelled = false;
    setState('loading');
    fetch(catalogue.facetsUrl)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const file = (await response.json()) as FacetsFile;
        if (!cancelled) {
          setRows(file.rows);
          setState('ready');
        }
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
    };
  }, [catalogue.facetsUrl, attempt]);

  const neededChunks = useMemo(() => {
    const total = Math.ceil(catalogue.total / catalogue.chunkSize);
    if (wanted === 'all') return Array.from({length: total}, (_, index) => index);
    return [...new Set(wanted.map((index) => Math.floor(index / catalogue.chunkSize)))];
  }, [wanted, catalogue.total, catalogue.chunkSize]);

  useEffect(() => {
    const missing = neededChunks.filter((chunk) => !chunks.has(chunk) && !pending.has(chunk));
    if (missing.length === 0) return;
    setPending((previous) => new Set([...previous, ...missing]));
    for (const chunk of missing) {
      fetch(catalogue.textUrls[chunk]!)
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const text = (await response.json()) as TextRow[];
          setChunks((previous) => new Map(previous).set(chunk, text));
        })
        .catch(() => setState('error'))
        .finally(() => setPending((previous) => {
          const next = new Set(previous);
          next.delete(chunk);
          return next;
        }));
    }
  }, [neededChunks, chunks, pending, catalogue.textUrls]);

  const textOf = useCallback(
    (index: number): TextRow | undefined => chunks.get(Math.floor(index / catalogue.chunkSize))?.[index % catalogue.chunkSize],
    [chunks, catalogue.chunkSize],
  );
  const allTextLoaded = chunks.size === Math.ceil(catalogue.total / catalogue.chunkSize);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return {rows, state, textOf, allTextLoaded, chunks, retry};
}
