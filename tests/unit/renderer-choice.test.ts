import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  DENSE_VIEW_ELEMENTS,
  LARGE_VIEW_ELEMENTS,
  addNodesThenEdges,
  chooseRenderer,
  graphCanvasOptions,
  isSoftwareRenderer,
  parseRendererPreference,
  rendererOptions,
  rendererProfile,
} from '@/lib/client/drawing/renderer-choice';

const HARDWARE = {
  available: true,
  renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
};
const SWIFTSHADER = {
  available: true,
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
};
const LLVMPIPE = { available: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' };
const NONE = { available: false, renderer: null };
const LARGE = LARGE_VIEW_ELEMENTS + 1;

/**
 * What each edge is drawn with in a headless Cytoscape styled as the app styles a view of `elements`:
 * a stance of each kind and a relation (`extraClass` added to every edge).
 */
function drawnEdges(elements: number, extraClass?: string) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphCanvasOptions(chooseRenderer(elements, SWIFTSHADER)).style,
  });
  const node = (id: string, classes: string) => ({ group: 'nodes' as const, data: { id, label: id }, classes });
  const edge = (id: string, source: string, target: string, label: string, classes: string) => ({
    group: 'edges' as const,
    data: { id, source, target, label },
    classes: `${classes} ${extraClass ?? ''}`,
  });
  cy.add([
    node('a', 'actor camp-support'),
    node('b', 'actor camp-condemnation'),
    node('c', 'actor camp-caution'),
    node('e', 'event'),
    edge('support', 'a', 'e', 'supports', 'stance stance-support'),
    edge('condemnation', 'b', 'e', 'condemns', 'stance stance-condemnation'),
    edge('caution', 'c', 'e', 'cautions', 'stance stance-caution'),
    edge('relation', 'a', 'b', 'part of', 'relation rel-PART_OF'),
  ]);
  const drawn = (id: string) => {
    const e = cy.getElementById(id);
    return {
      curve: e.style('curve-style'),
      label: e.style('label'),
      arrow: e.style('target-arrow-shape'),
      line: e.style('line-style'),
      dash: e.style('line-style') === 'dashed' ? e.style('line-dash-pattern') : undefined,
      width: e.numericStyle('width'),
      color: e.style('line-color'),
      opacity: e.numericStyle('opacity'),
    };
  };
  const result = {
    support: drawn('support'),
    condemnation: drawn('condemnation'),
    caution: drawn('caution'),
    relation: drawn('relation'),
  };
  cy.destroy();
  return result;
}

describe('isSoftwareRenderer', () => {
  it('knows the software rasterisers by their renderer strings', () => {
    expect(isSoftwareRenderer(SWIFTSHADER.renderer)).toBe(true);
    expect(isSoftwareRenderer(LLVMPIPE.renderer)).toBe(true);
    expect(isSoftwareRenderer('Google SwiftShader')).toBe(true);
    expect(isSoftwareRenderer('Microsoft Basic Render Driver')).toBe(true);
    expect(isSoftwareRenderer('Software Adapter')).toBe(true);
    expect(isSoftwareRenderer(HARDWARE.renderer)).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
    expect(isSoftwareRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });
});

describe('chooseRenderer', () => {
  it('draws views up to the threshold with canvas, whatever the WebGL', () => {
    for (const webgl of [HARDWARE, SWIFTSHADER, NONE]) {
      expect(chooseRenderer(LARGE_VIEW_ELEMENTS, webgl)).toMatchObject({ renderer: 'canvas', large: false });
    }
  });

  it('draws a large view with WebGL only where WebGL is hardware-backed', () => {
    expect(chooseRenderer(LARGE, HARDWARE)).toMatchObject({ renderer: 'webgl', large: true, reason: 'hardware WebGL' });
    expect(chooseRenderer(25_000, SWIFTSHADER)).toMatchObject({ renderer: 'canvas', large: true });
    expect(chooseRenderer(LARGE, SWIFTSHADER).reason).toMatch(/software/);
    expect(chooseRenderer(LARGE, LLVMPIPE).renderer).toBe('canvas');
    expect(chooseRenderer(LARGE, NONE)).toMatchObject({ renderer: 'canvas', reason: 'this browser has no WebGL' });
    // A browser that hides the renderer's name may be software: canvas is the safe side.
    expect(chooseRenderer(LARGE, { available: true, renderer: null }).renderer).toBe('canvas');
  });

  it('follows ?renderer= when the browser can, at any size', () => {
    expect(chooseRenderer(10, SWIFTSHADER, 'webgl')).toMatchObject({ renderer: 'webgl', large: false });
    expect(chooseRenderer(LARGE, HARDWARE, 'canvas')).toMatchObject({ renderer: 'canvas', large: true });
    expect(chooseRenderer(LARGE, NONE, 'webgl')).toMatchObject({
      renderer: 'canvas',
      reason: expect.stringMatching(/has none/),
    });
  });
});

describe('renderer options', () => {
  it('gives large canvas views the viewport shortcuts and WebGL its mode', () => {
    expect(rendererOptions(chooseRenderer(10, NONE))).toEqual({ textureOnViewport: false, hideEdgesOnViewport: false });
    expect(rendererOptions(chooseRenderer(LARGE, SWIFTSHADER))).toEqual({
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
    expect(rendererOptions(chooseRenderer(LARGE, HARDWARE))).toEqual({ renderer: { name: 'canvas', webgl: true } });
  });

  it('draws the edges of a large view as plain lines without labels or arrows, keeping the stances’ line styles', () => {
    const small = drawnEdges(10);
    expect(small.condemnation).toMatchObject({
      curve: 'bezier',
      label: 'condemns',
      arrow: 'tee',
      line: 'dashed',
      color: 'rgb(213,94,0)',
    });
    expect(small.relation).toMatchObject({ curve: 'bezier', label: 'part of', arrow: 'vee', opacity: 0.85 });
    const large = drawnEdges(LARGE);
    expect(large.support).toMatchObject({
      curve: 'haystack',
      label: '',
      line: 'solid',
      width: 3,
      color: 'rgb(0,114,178)',
    });
    expect(large.condemnation).toMatchObject({
      curve: 'haystack',
      label: '',
      line: 'dashed',
      dash: '9 5',
      width: 3,
      color: 'rgb(213,94,0)',
    });
    expect(large.caution).toMatchObject({ curve: 'haystack', label: '', line: 'dotted', width: 3 });
    expect(large.relation).toMatchObject({ curve: 'haystack', label: '', line: 'solid', width: 1.5, opacity: 0.85 });
    expect(drawnEdges(LARGE, 'is-selected').support.width).toBe(5);
  });

  it('names no label, font or arrow property in a large view’s edge rules (Cytoscape would apply each to every edge)', () => {
    const edgeProperties = (n: number) =>
      (
        graphCanvasOptions(chooseRenderer(n, SWIFTSHADER)).style as {
          selector: string;
          style: Record<string, unknown>;
        }[]
      )
        .filter((r) => r.selector.startsWith('edge'))
        .flatMap((r) => Object.keys(r.style));
    const textOrArrow = (property: string) => /^(label|color|font-|text-|min-zoomed)|arrow/.test(property);
    expect(edgeProperties(10).some(textOrArrow)).toBe(true);
    expect(edgeProperties(LARGE).filter(textOrArrow)).toEqual([]);
    expect(edgeProperties(25_000).filter(textOrArrow)).toEqual([]);
  });

  it('draws every stance of a dense view as a solid line, and only there', () => {
    expect(chooseRenderer(DENSE_VIEW_ELEMENTS, SWIFTSHADER)).toMatchObject({ large: true, dense: false });
    expect(chooseRenderer(DENSE_VIEW_ELEMENTS + 1, SWIFTSHADER)).toMatchObject({ large: true, dense: true });
    const lines = (n: number) => Object.values(drawnEdges(n)).map((edge) => edge.line);
    expect(lines(10)).toEqual(['solid', 'dashed', 'dotted', 'solid']);
    expect(lines(DENSE_VIEW_ELEMENTS)).toEqual(['solid', 'dashed', 'dotted', 'solid']);
    expect(lines(DENSE_VIEW_ELEMENTS + 1)).toEqual(['solid', 'solid', 'solid', 'solid']);
    expect(drawnEdges(DENSE_VIEW_ELEMENTS + 1).condemnation).toMatchObject({
      curve: 'haystack',
      color: 'rgb(213,94,0)',
      width: 3,
    });
  });

  it('needs a new instance only when the threshold or the renderer changes', () => {
    const profile = (n: number, webgl = SWIFTSHADER) => rendererProfile(chooseRenderer(n, webgl));
    expect(profile(10)).toBe(profile(LARGE_VIEW_ELEMENTS));
    expect(profile(LARGE)).toBe(profile(DENSE_VIEW_ELEMENTS));
    expect(profile(DENSE_VIEW_ELEMENTS + 1)).toBe(profile(25_000));
    expect(profile(DENSE_VIEW_ELEMENTS + 1)).not.toBe(profile(LARGE));
    expect(profile(LARGE)).not.toBe(profile(10));
    expect(profile(LARGE, HARDWARE)).not.toBe(profile(LARGE));
  });
});

describe('addNodesThenEdges', () => {
  it('adds every node at its position and every edge, also edges between nodes drawn before', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphCanvasOptions(chooseRenderer(10, NONE)).style,
    });
    addNodesThenEdges(
      cy,
      [
        { group: 'nodes', data: { id: 'a', label: 'A' }, position: { x: 1, y: 2 } },
        { group: 'nodes', data: { id: 'b', label: 'B' }, position: { x: 50, y: 60 } },
      ],
      [{ group: 'edges', data: { id: 'ab', source: 'a', target: 'b', label: 'part of' } }],
    );
    expect(cy.nodes().map((n) => [n.id(), n.position()])).toEqual([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 50, y: 60 }],
    ]);
    expect(
      cy
        .getElementById('ab')
        .connectedNodes()
        .map((n) => n.id()),
    ).toEqual(['a', 'b']);

    addNodesThenEdges(cy, [], [{ group: 'edges', data: { id: 'ba', source: 'b', target: 'a', label: 'part of' } }]);
    addNodesThenEdges(cy, [{ group: 'nodes', data: { id: 'c', label: 'C' }, position: { x: 0, y: 0 } }], []);
    expect(cy.elements().map((e) => e.id())).toEqual(['a', 'b', 'ab', 'ba', 'c']);
    cy.destroy();
  });
});

describe('parseRendererPreference', () => {
  it('accepts canvas and webgl, in any case, and nothing else', () => {
    expect(parseRendererPreference('webgl')).toBe('webgl');
    expect(parseRendererPreference(' Canvas ')).toBe('canvas');
    expect(parseRendererPreference('svg')).toBe('auto');
    expect(parseRendererPreference(null)).toBe('auto');
  });
});
