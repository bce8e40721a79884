/** A category of `GET /categories` with its sub-categories. */
export interface CategoryNode {
  id: string;
  children?: CategoryNode[];
}

/** The top category of each category id, so a tab shows its sub-categories' products too. */
export function topCategories(tree: readonly CategoryNode[]): Map<string, string> {
  const top = new Map<string, string>();
  const walk = (category: CategoryNode, root: string) => {
    top.set(category.id, root);
    for (const child of category.children ?? []) walk(child, root);
  };
  for (const category of tree) walk(category, category.id);
  return top;
}
