/** The font files the checklist PDF embeds, served from this origin's public/fonts/ (never another origin). */
export const FONT_FILES = {
  sans: "DejaVuSans.ttf",
  sansBold: "DejaVuSans-Bold.ttf",
  mono: "DejaVuSansMono.ttf",
} as const;

export type FontFile = (typeof FONT_FILES)[keyof typeof FONT_FILES];
