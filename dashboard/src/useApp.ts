import { useContext } from 'react';
import { AppContext } from './AppContext.ts';
import type { AppState } from './AppContext.ts';

/** The app's shared state; views render only inside App's provider. */
export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}
