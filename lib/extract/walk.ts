// A bounded walk over an element's subtree: the extractor reads small elements whole (a caption's
// frame, an editor line) and must give up on large ones after a few nodes, whatever their size.

/**
 * Visits `root` and its descendants in document order, at most `budget` nodes. Returns false when
 * the budget ran out or `visit` returned false (stop), true when the whole subtree was visited.
 */
export function walkBounded(root: Node, budget: number, visit: (n: Node) => boolean): boolean {
  let left = budget;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (--left < 0 || !visit(n)) return false;
    if (n.nodeType === 1) for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return true;
}
