import { DEFAULT_THEME, mergeMantineTheme, type MantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { buildTheme, cssVariablesResolver } from './theme';

/** WCAG 2.1 relative luminance of `#rgb`, `#rrggbb` or `rgb(a)(r, g, b[, a])`. */
function luminance(colour: string): number {
  const hex = colour.length === 4 ? colour.replace(/\w/g, (c) => c + c) : colour;
  const channels = hex.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
    : (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  expect(channels, `a colour: ${colour}`).toHaveLength(3);
  const [r, g, b] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const theme: MantineTheme = mergeMantineTheme(DEFAULT_THEME, buildTheme('Luk'));
const cssVariables: Record<string, string> = cssVariablesResolver(theme).light;

/** A colour the resolver hands out, with the theme's CSS variables looked up as the browser would. */
function resolve(value: string): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
  if (!variable) return value;
  if (cssVariables[variable]) return resolve(cssVariables[variable]);
  const shade = /^--mantine-color-(\w+)-(\d)$/.exec(variable);
  if (shade) return theme.colors[shade[1]!]![Number(shade[2])]!;
  const filled = /^--mantine-color-(\w+)-filled$/.exec(variable);
  if (filled) return theme.colors[filled[1]!]![theme.primaryShade as number]!;
  const light = /^--mantine-color-(\w+)-light$/.exec(variable);
  if (light) return theme.colors[light[1]!]![1]!;
  if (variable === '--mantine-color-white') return theme.white;
  throw new Error(`no value for ${variable}`);
}

function filled(color: string) {
  const colors = theme.variantColorResolver({ color, theme, variant: 'filled' });
  return {
    background: resolve(colors.background!),
    hover: resolve(colors.hover!),
    text: resolve(colors.color!),
  };
}

/** Every colour a filled button or badge has in the app (`color=` on Button, ActionIcon, Badge without a lighter variant). */
const FILLED_IN_THE_APP = [
  'teal',
  'teal.9',
  'blue',
  'blue.8',
  'blue.9',
  'indigo.9',
  'grape.9',
  'red',
  'red.8',
  'red.9',
  'gray',
  'gray.7',
  'dark',
];

describe('theme contrast', () => {
  it.each(FILLED_IN_THE_APP)(
    'white text on filled %s reaches 4.5:1 at rest and under the pointer',
    (color) => {
      const { background, hover, text } = filled(color);
      expect(contrast(text, background), `${color} at rest (${background})`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, hover), `${color} under the pointer (${hover})`).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the primary colour is teal 9 with white text, and its hover is darker still', () => {
    const { background, hover } = filled(theme.primaryColor);
    expect(background).toBe(theme.colors.teal[9]);
    expect(contrast('#ffffff', hover)).toBeGreaterThan(contrast('#ffffff', background));
  });

  it('no filled colour gets lighter under the pointer, whatever its shade', () => {
    for (const name of Object.keys(theme.colors)) {
      for (const color of [name, `${name}.6`, `${name}.7`, `${name}.8`, `${name}.9`]) {
        const { background, hover } = filled(color);
        expect(luminance(hover), color).toBeLessThan(luminance(background));
      }
    }
  });

  it('the filled-hover CSS variables are darker than shade 9 for every colour', () => {
    for (const [name, shades] of Object.entries(theme.colors)) {
      const hover = resolve(`var(--mantine-color-${name}-filled-hover)`);
      expect(luminance(hover), name).toBeLessThan(luminance(shades[9]!));
    }
  });

  it.each(['teal', 'blue', 'red', 'yellow', 'orange', 'gray', 'grape'])(
    'the text of a light %s badge or alert reaches 4.5:1 on its background',
    (color) => {
      const colors = theme.variantColorResolver({ color, theme, variant: 'light' });
      const background = resolve(colors.background!);
      const text = resolve(colors.color!);
      expect(contrast(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    },
  );
});
