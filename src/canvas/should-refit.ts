/**
 * Whether the view should fit the graph again after the stage count went from `fitted`
 * (the count at the last fit) to `count`. Small edits (adding or removing a stage or two)
 * keep the user's pan and zoom; loading another file or pasting a large block does not.
 */
export function shouldRefit(fitted: number, count: number): boolean {
  if (count === fitted) return false;
  if (fitted === 0 || count === 0) return true;
  return Math.abs(count - fitted) >= Math.max(3, Math.ceil(fitted * 0.3));
}
