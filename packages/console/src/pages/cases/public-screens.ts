import { page, type Screen } from '../../screen';

/**
 * The cases screens anyone may open without signing in (kept apart: the sign-in bundle carries these): the
 * evaluation card (评议卡) a resident representative opens from the QR code on the paper card, or by its code.
 */
export const casesPublicScreens: Screen[] = ['/public/evaluation-cards', '/public/evaluation-cards/:code'].map((path) => ({
  path,
  name: '评议卡',
  audience: 'public',
  operation: 'getEvaluationCard',
  ...page(() => import('./evaluation-card')),
}));
