/**
 * How a filter page (the catalogue, /suche) writes its state into the URL:
 * a history entry per deliberate choice, none for typing or rapid changes
 * (src/utils/historyMode.ts).
 */
import {useCallback, useRef} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {historyMode, type FilterChange} from '../utils/historyMode';

export function useFilterNavigation(): (search: string, change?: FilterChange) => void {
  const history = useHistory();
  const {pathname} = useLocation();
  const lastChoice = useRef(Number.NEGATIVE_INFINITY);
  return useCallback(
    (search: string, change: FilterChange = 'choice') => {
      if (search === history.location.search) return;
      const now = Date.now();
      const mode = historyMode(change, now, lastChoice.current);
      if (change === 'choice') lastChoice.current = now;
      if (mode === 'push') history.push({pathname, search});
      else history.replace({pathname, search});
    },
    [history, pathname],
  );
}
