// Layout checks for browser specs: what lies outside the page's width, and in which order the
// columns of a table are laid out.
import type { Locator } from '@playwright/test'

/**
 * The elements (as "text at left–right of width") that stick out of the page's width, are cut
 * off inside their own box, or have no box at all. Empty when everything can be read without
 * scrolling sideways.
 */
export function outsideWidth(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((all) => {
    const width = document.documentElement.clientWidth
    return all.flatMap((el) => {
      const r = el.getBoundingClientRect()
      const cut = el.scrollWidth > el.clientWidth + 1
      const inside = r.width > 0 && r.left >= -0.5 && r.right <= width + 0.5
      return inside && !cut
        ? []
        : [
            `"${el.textContent?.trim()}" at ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`,
          ]
    })
  })
}

/** Whether the page or any element around `element` scrolls sideways. */
export function scrollsSideways(element: Locator): Promise<string[]> {
  return element.evaluate((el) => {
    const found: string[] = []
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
        found.push(`${node.tagName.toLowerCase()}.${node.className}`)
    }
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1) found.push('the page')
    return found
  })
}

/**
 * For a table shown one column after another: the columns (after the row headers) whose cells
 * are not all below their own header and above the next column's header. Empty when the
 * columns follow one another down the page.
 */
export function columnsOutOfOrder(table: Locator): Promise<string[]> {
  return table.evaluate((t) => {
    const problems: string[] = []
    const rows = [...(t as HTMLTableElement).rows]
    const header = rows[0]!
    const visible = (el: Element) => el.getBoundingClientRect().width > 1
    for (let c = 1; c < header.cells.length; c++) {
      const top = header.cells[c]!.getBoundingClientRect().bottom
      const next = header.cells[c + 1]?.getBoundingClientRect().top ?? Infinity
      for (const row of rows.slice(1)) {
        const cell = row.cells[c]
        if (!cell || !visible(cell)) continue
        const r = cell.getBoundingClientRect()
        if (r.top < top - 0.5 || r.bottom > next + 0.5)
          problems.push(
            `"${cell.textContent?.trim()}" is not in the block of "${header.cells[c]!.textContent}"`,
          )
      }
    }
    return problems
  })
}
