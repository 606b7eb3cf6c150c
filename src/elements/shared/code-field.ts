import { css } from 'lit';

/** The code form both elements share: the label over a wide, monospaced, left-to-right field. */
export const codeFieldStyles = css`
  form { display: grid; gap: 0.5rem; }
  label { font-weight: 600; font-size: 0.9375rem; }
  input[type='text'] {
    font-family: var(--_mono); font-size: 1.375rem; letter-spacing: 0.3em;
    inline-size: min(100%, 11.5rem); padding: 0.5rem 0.75rem; direction: ltr;
    border: 1px solid var(--_muted); border-radius: calc(var(--_radius) * 0.5);
    background: var(--_bg); color: var(--_text);
  }
`;
