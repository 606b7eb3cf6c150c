/* The theme switch: a class on each element of the example (demo.css styles it with the public API only). */

const THEMES = ['forest', 'midnight'] as const;

export function themeSwitch(choices: HTMLFieldSetElement, changed: () => void) {
  let current = '';
  choices.addEventListener('change', (event) => {
    current = (event.target as HTMLInputElement).value;
    changed();
  });
  return {
    /** Puts the picked theme's class on `element` (and takes the others off). */
    apply(element: Element) {
      element.classList.remove(...THEMES);
      if (current) element.classList.add(current);
    },
  };
}
