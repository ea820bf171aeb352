// Relative, as the type generator does: the console does not depend on the services' packages.

import { describe, expect, it } from 'vitest';
import { allManifests } from '../../manifests/src/index.ts';
import { publicScreens } from '../src/public-screens';
import { screens } from '../src/routes';

/**
 * The console and the API share one origin: the gateway (and the district's CloudFront) send every path
 * whose first segment names a service (`/subsidies/…`) to the API. A screen there would open from the menu
 * but show the API's JSON on a reload or from a bookmark, so no screen may start with a service's name.
 */
describe('the console’s screen paths', () => {
  const apiSegments = new Set([...allManifests.map((manifest) => manifest.service), 'docs', 'openapi.json', '_local', 'assets']);

  it('never start with a segment the API owns', () => {
    const taken = [...screens, ...publicScreens]
      .map((screen) => screen.path)
      .filter((path) => apiSegments.has(path.split('/')[1] ?? ''));
    expect(taken).toEqual([]);
  });
});
