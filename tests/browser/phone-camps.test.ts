/**
 * The seed's graph on a phone (390 × 844): the camps stacked one above the other (context actors,
 * supporters, the event, condemners, the cautious) with every name legible and no camp cut off at
 * the sides; turned into a wide screen, the same page draws them side by side again.
 */
import type { Core } from 'cytoscape';
import { describe, expect, inject, it } from 'vitest';
import { LEGIBLE_ZOOM } from '@/lib/client/drawing/renderer-choice';
import { SUPPORTERS, browserSession, open, settled, shot, withoutPageErrors } from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';
const PHONE = { width: 390, height: 844 };

type CyWindow = Window & { __cy?: Core };
const page = withoutPageErrors(browserSession());

describe('the camps on a phone', () => {
  it('the graph: the camps stacked (supporters above the event, condemners below) with legible names, side by side again on a wide screen', async () => {
    await page().setViewportSize(PHONE);
    await open(page(), appUrl);
    await shot(page(), 'screens-390-graph');
    const drawn = await page().evaluate((event) => {
      const cy = (window as CyWindow).__cy!;
      const at = (id: string) => ({
        ...cy.getElementById(id).position(),
        rendered: cy.getElementById(id).renderedPosition(),
      });
      return {
        zoom: cy.zoom(),
        width: cy.width(),
        height: cy.height(),
        event: at(event),
        nodes: cy
          .nodes('.actor')
          .map((n) => ({ id: n.id(), camp: n.data('camp') as string, ...at(n.id()), halign: n.style('text-halign') })),
      };
    }, EVENT);
    const camp = (name: string) => drawn.nodes.filter((n) => n.camp === name);
    expect(
      camp('support')
        .map((n) => n.id)
        .sort(),
    ).toEqual([...SUPPORTERS].sort());
    for (const n of camp('support')) expect(n.y).toBeLessThan(drawn.event.y);
    for (const n of [...camp('condemnation'), ...camp('caution')]) expect(n.y).toBeGreaterThan(drawn.event.y);
    for (const n of drawn.nodes) expect(n.halign).toBe('center');
    // Names drawn at a legible size, and every actor within the canvas's width: only scrolling up and down is left.
    expect(drawn.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
    for (const n of drawn.nodes) {
      expect(n.rendered.x).toBeGreaterThan(0);
      expect(n.rendered.x).toBeLessThan(drawn.width);
    }
    expect(drawn.event.rendered.y).toBeGreaterThan(0);
    expect(drawn.event.rendered.y).toBeLessThan(drawn.height);

    // Turned into a wide screen, the same page draws the camps side by side again.
    await page().setViewportSize({ width: 1280, height: 800 });
    await page().waitForFunction(
      () => (window as CyWindow).__cy!.getElementById('russia').style('text-halign') === 'left',
    );
    await settled(page());
    const wide = await page().evaluate((event) => {
      const cy = (window as CyWindow).__cy!;
      return { russia: cy.getElementById('russia').position().x, event: cy.getElementById(event).position().x };
    }, EVENT);
    expect(wide.russia).toBeLessThan(wide.event - 100);
  });
});
