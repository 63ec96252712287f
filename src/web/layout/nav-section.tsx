import { createContext, useContext, useEffect } from 'react';

/** Set by the app's layout: which nav entry the page on screen declares it belongs under. */
export const NavSectionContext = createContext<(to: string | null) => void>(() => undefined);

/**
 * For a page whose path cannot tell where it belongs (a team's goal lives at /goals/$goalId like
 * anyone's goal): the nav entry to mark as current while the page is shown. Nothing (null or
 * undefined) leaves it to the path.
 */
export function useNavSection(to: string | null | undefined) {
  const setSection = useContext(NavSectionContext);
  useEffect(() => {
    if (!to) return;
    setSection(to);
    return () => setSection(null);
  }, [to, setSection]);
}
