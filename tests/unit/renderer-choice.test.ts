import { describe, expect, it } from 'vitest';
import {
  DENSE_VIEW_ELEMENTS,
  LARGE_VIEW_ELEMENTS,
  chooseRenderer,
  graphCanvasOptions,
  isSoftwareRenderer,
  parseRendererPreference,
  rendererOptions,
  rendererProfile,
} from '@/lib/client/renderer-choice';

const HARDWARE = { available: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)' };
const SWIFTSHADER = { available: true, renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)' };
const LLVMPIPE = { available: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' };
const NONE = { available: false, renderer: null };
const LARGE = LARGE_VIEW_ELEMENTS + 1;

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
    expect(chooseRenderer(LARGE, NONE, 'webgl')).toMatchObject({ renderer: 'canvas', reason: expect.stringMatching(/has none/) });
  });
});

describe('renderer options', () => {
  it('gives large canvas views the viewport shortcuts and WebGL its mode', () => {
    expect(rendererOptions(chooseRenderer(10, NONE))).toEqual({ textureOnViewport: false, hideEdgesOnViewport: false });
    expect(rendererOptions(chooseRenderer(LARGE, SWIFTSHADER))).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true });
    expect(rendererOptions(chooseRenderer(LARGE, HARDWARE))).toEqual({ renderer: { name: 'canvas', webgl: true } });
  });

  it('draws the edges of a large view as plain lines without labels, keeping the stances’ line styles', () => {
    const edgeRules = (n: number) =>
      (graphCanvasOptions(chooseRenderer(n, SWIFTSHADER)).style as { selector: string; style: Record<string, unknown> }[]).filter((r) => r.selector.startsWith('edge'));
    const last = (n: number, property: string) => edgeRules(n).filter((r) => property in r.style).at(-1)?.style[property];
    expect(last(10, 'curve-style')).toBe('bezier');
    expect(last(10, 'label')).toBe('data(label)');
    expect(last(LARGE, 'curve-style')).toBe('haystack');
    expect(last(LARGE, 'label')).toBe('');
    expect(edgeRules(LARGE).some((r) => r.style['line-style'] === 'dashed')).toBe(true);
    expect(edgeRules(LARGE).some((r) => r.style['line-style'] === 'solid' && r.selector === 'edge')).toBe(false);
  });

  it('draws every stance of a dense view as a solid line, and only there', () => {
    const solid = (n: number) =>
      (graphCanvasOptions(chooseRenderer(n, SWIFTSHADER)).style as { selector: string; style: Record<string, unknown> }[]).at(-1)?.style['line-style'] === 'solid';
    expect(chooseRenderer(DENSE_VIEW_ELEMENTS, SWIFTSHADER)).toMatchObject({ large: true, dense: false });
    expect(chooseRenderer(DENSE_VIEW_ELEMENTS + 1, SWIFTSHADER)).toMatchObject({ large: true, dense: true });
    expect(solid(DENSE_VIEW_ELEMENTS)).toBe(false);
    expect(solid(DENSE_VIEW_ELEMENTS + 1)).toBe(true);
    expect(solid(10)).toBe(false);
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

describe('parseRendererPreference', () => {
  it('accepts canvas and webgl, in any case, and nothing else', () => {
    expect(parseRendererPreference('webgl')).toBe('webgl');
    expect(parseRendererPreference(' Canvas ')).toBe('canvas');
    expect(parseRendererPreference('svg')).toBe('auto');
    expect(parseRendererPreference(null)).toBe('auto');
  });
});
