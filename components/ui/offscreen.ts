/**
 * For the long parts of a page: while off screen they are neither laid out nor painted (content-visibility: auto),
 * so a frame lays out what is on screen only. On the review, each staged part's frame was a task of 8-24 ms on this
 * machine with the whole report laid out, 30-100 ms at a phone's speed (4x) in Lighthouse's blocking time; on
 * /sources the first frame laid out every source (45-90 ms). They stay in the accessibility tree, find-in-page and
 * print (made visible there). Until first drawn, a part counts as --offscreen-size tall (40rem unless set).
 * Paint containment clips at the box's padding edge, where a focus ring (3 px outline, 2 px out) of a table's
 * scroll region or a link would be cut: the clip margin leaves room for it (Chrome, Firefox); where the margin is
 * unknown (Safari) a part needs its own padding (a card's, or offscreenSidePadClass).
 */
export const offscreenSkipClass =
  "[content-visibility:auto] [contain-intrinsic-size:auto_var(--offscreen-size,40rem)] [overflow-clip-margin:0.5rem] print:[content-visibility:visible]";

/** Room at the sides inside the box, the same width taken back outside it: the content stays where it was. */
export const offscreenSidePadClass = "-mx-2 px-2";
