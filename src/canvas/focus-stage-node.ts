/**
 * Gives the keyboard back to a stage node after an inline form closes, so Escape or Enter
 * in a form never leaves focus on the page body (where keys no longer reach the canvas).
 */
export function focusStageNode(index: number): void {
  // After React commits: the form that had focus is gone by then, the node is not.
  requestAnimationFrame(() => {
    const inner = document.querySelector(`.react-flow__node [data-stage-index="${index}"]`);
    const wrapper = inner?.closest('.react-flow__node');
    if (wrapper instanceof HTMLElement) wrapper.focus();
  });
}

/**
 * Focuses the element matching `selector` inside stage `index`'s node once React has drawn
 * it: fields keyed by their text remount after a commit, and the keyboard should stay put.
 */
export function focusInStage(index: number, selector: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`.react-flow__node [data-stage-index="${index}"] ${selector}`)?.focus();
  });
}
