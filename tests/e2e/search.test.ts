/** The search suite (searchSuite.ts) on the built-in index of the site under test. */
import {inject} from 'vitest';
import {searchSuite} from './searchSuite';

searchSuite({origin: () => inject('origin'), isSearchRequest: (path) => path.startsWith('/daten/suche'), loadsOnFocus: true});
