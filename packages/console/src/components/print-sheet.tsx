import { type ReactNode, useEffect } from 'react';
import { createPortal } from 'react-dom';

/** While a sheet is shown, printing shows only the sheet: the console around it is hidden on paper. */
const printStyle = `
@media screen { .print-sheet { display: none; } }
@media print {
  body > *:not(.print-sheet) { display: none !important; }
  .print-sheet { display: block; padding: 0; }
  @page { margin: 18mm; }
}`;

/**
 * A print-only copy of what is given, outside the app's root so nothing of the layout reaches the paper.
 * With `printNow` it opens the browser's print dialog once it is in place and calls `onPrinted` after.
 */
export function PrintSheet(props: { children: ReactNode; printNow?: boolean; onPrinted?: () => void }) {
  const { printNow, onPrinted } = props;
  useEffect(() => {
    if (!printNow) return;
    const done = () => onPrinted?.();
    window.addEventListener('afterprint', done, { once: true });
    // Let the portal paint before the dialog freezes the page.
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printNow, onPrinted]);
  return createPortal(
    <div className="print-sheet">
      <style>{printStyle}</style>
      {props.children}
    </div>,
    document.body,
  );
}
