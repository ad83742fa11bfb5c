import { css } from 'lit';

/** Big, high-contrast controls: read in the sun, tapped with one thumb. */
export const shared = css`
  :host {
    --green: #0b6e4f;
    --green-soft: #e3f4ea;
    --ink: #1a1a1a;
    --muted: #555;
    --line: #c9c9c9;
    --warn-bg: #fff4e0;
    --warn: #8a4b00;
    --bad-bg: #fde8e4;
    --bad: #9b1c0c;
    display: block;
    color: var(--ink);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    font-size: 1rem;
    line-height: 1.4;
    box-sizing: border-box;
  }
  *, *::before, *::after { box-sizing: inherit; }
  button {
    font: inherit;
    min-height: 48px;
    min-width: 48px;
    border-radius: 10px;
    border: 2px solid var(--line);
    background: #fff;
    color: var(--ink);
    padding: 0 14px;
    cursor: pointer;
  }
  button.primary { background: var(--green); border-color: var(--green); color: #fff; font-weight: 700; }
  button.link { border: none; background: none; color: var(--green); text-decoration: underline; padding: 0 4px; }
  button.link:disabled { color: var(--muted); text-decoration: none; cursor: progress; }
  button[aria-pressed='true'] { background: var(--green); border-color: var(--green); color: #fff; font-weight: 600; }
  input, textarea {
    font: inherit;
    width: 100%;
    min-height: 48px;
    border: 2px solid var(--line);
    border-radius: 10px;
    padding: 10px 12px;
    background: #fff;
    color: var(--ink);
  }
  input:focus, textarea:focus, button:focus-visible { outline: 3px solid #f2b705; outline-offset: 1px; }
  .banner { border-radius: 10px; padding: 10px 12px; margin: 0 0 10px; }
  .banner.warn { background: var(--warn-bg); color: var(--warn); }
  .banner.bad { background: var(--bad-bg); color: var(--bad); }
  .banner.good { background: var(--green-soft); color: #0b5d3b; }
  .error { color: var(--bad); font-weight: 600; margin: 4px 0 0; }
  .muted { color: var(--muted); }
  h2, h3 { margin: 0; line-height: 1.25; }
  h2 { font-size: 1.25rem; }
  h3 { font-size: 1.05rem; margin: 18px 0 8px; }
`;
