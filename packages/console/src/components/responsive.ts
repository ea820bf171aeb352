import { Grid } from 'antd';

/** Phones (under 768 px) get full-width drawers and cards instead of wide tables. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a desktop, as most users have.
  return screens.md === false;
}

/** Width of a side drawer holding a form: the whole screen on a phone. */
export function useDrawerWidth(desktop = 560): number | string {
  return useIsPhone() ? '100%' : desktop;
}
