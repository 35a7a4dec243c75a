import { useLocation } from "react-router";

/** Shows the router's current path and query, for tests that check where a link or form leads. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}
